package org.ronghe.talent.students;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The students of all schools. */
public interface Students extends JpaRepository<Student, Long> {

    Optional<Student> findBySchoolIdAndIdNumberFingerprint(Long schoolId, String idNumberFingerprint);
}
