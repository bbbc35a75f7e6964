package org.ronghe.research.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The outputs of projects. */
public interface Outputs extends JpaRepository<Output, Long>, JpaSpecificationExecutor<Output> {

    List<Output> findByProjectIdOrderByIdAsc(Long projectId);
}
