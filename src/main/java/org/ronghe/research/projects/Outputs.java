package org.ronghe.research.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The outputs of projects. */
public interface Outputs extends JpaRepository<Output, Long> {

    List<Output> findByProjectIdOrderByIdAsc(Long projectId);
}
