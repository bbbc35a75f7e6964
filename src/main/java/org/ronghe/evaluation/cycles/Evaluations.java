package org.ronghe.evaluation.cycles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every body's evaluation cycles, one a year. */
public interface Evaluations extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByBodyIdAndYear(Long bodyId, int year);

    List<Evaluation> findByBodyIdOrderByYearDesc(Long bodyId);

    Page<Evaluation> findByBodyIdIn(Collection<Long> bodyIds, Pageable page);
}
