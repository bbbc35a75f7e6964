package org.ronghe.research.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The funding tranches of projects. */
public interface Tranches extends JpaRepository<Tranche, Long> {

    List<Tranche> findByProjectIdOrderByPaidOnAscIdAsc(Long projectId);
}
