package org.ronghe.training.enrolments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingEnrolments extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findBySessionIdOrderById(Long sessionId);

    List<Enrolment> findBySessionIdAndEnterpriseIdInOrderById(Long sessionId, List<Long> enterpriseIds);

    long countBySessionId(Long sessionId);

    boolean existsBySessionIdAndIdFingerprint(Long sessionId, String idFingerprint);
}
