package org.ronghe.talent.placements;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The internships of all students. */
public interface Internships extends JpaRepository<Internship, Long> {

    List<Internship> findByStudentIdOrderByStartsOnDesc(Long studentId);

    Page<Internship> findByEnterpriseIdOrderByStartsOnDescIdDesc(Long enterpriseId, Pageable page);
}
