package org.ronghe.research.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The funding tranches of projects. */
public interface Tranches extends JpaRepository<Tranche, Long>, JpaSpecificationExecutor<Tranche> {

    List<Tranche> findByProjectIdOrderByPaidOnAscIdAsc(Long projectId);
}
