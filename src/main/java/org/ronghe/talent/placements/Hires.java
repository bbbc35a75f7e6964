package org.ronghe.talent.placements;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The offers and hires of all students. */
public interface Hires extends JpaRepository<Hire, Long> {

    List<Hire> findByStudentIdOrderByOfferedOnDesc(Long studentId);

    List<Hire> findBySchoolId(Long schoolId);

    List<Hire> findByEnterpriseIdAndWorkRegionCodeIsNull(Long enterpriseId);

    Page<Hire> findByEnterpriseIdOrderByOfferedOnDescIdDesc(Long enterpriseId, Pageable page);
}
