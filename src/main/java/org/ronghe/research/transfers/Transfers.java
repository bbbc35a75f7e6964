package org.ronghe.research.transfers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The transfers of results. */
public interface Transfers extends JpaRepository<Transfer, Long>, JpaSpecificationExecutor<Transfer> {

    List<Transfer> findByProjectIdOrderByContractOnAscIdAsc(Long projectId);

    List<Transfer> findByBodyIdOrderByContractOnDescIdDesc(Long bodyId);
}
