package org.ronghe.evaluation.cycles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every body's evaluation cycles, one a year. */
public interface Evaluations extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByBodyIdAndYear(Long bodyId, int year);

    List<Evaluation> findByBodyIdOrderByYearDesc(Long bodyId);

    Page<Evaluation> findByBodyIdIn(Collection<Long> bodyIds, Pageable page);

    /** The years whose members' contributions the body published, latest first. */
    @Query("select e.year from EvaluationCycle e where e.bodyId = :bodyId and e.contributionsPublishedAt is not null "
            + "order by e.year desc")
    List<Integer> publishedContributionYears(Long bodyId);
}
