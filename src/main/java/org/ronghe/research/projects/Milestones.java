package org.ronghe.research.projects;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The milestones of projects. */
public interface Milestones extends JpaRepository<Milestone, Long> {

    List<Milestone> findByProjectIdOrderByDueOnAscIdAsc(Long projectId);
}
