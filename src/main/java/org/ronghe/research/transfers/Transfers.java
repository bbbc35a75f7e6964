package org.ronghe.research.transfers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The transfers of results. */
public interface Transfers extends JpaRepository<Transfer, Long> {

    List<Transfer> findByProjectIdOrderByContractOnAscIdAsc(Long projectId);

    List<Transfer> findByBodyIdOrderByContractOnDescIdDesc(Long bodyId);
}
