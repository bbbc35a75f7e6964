package org.ronghe.training.enrolments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TrainingEnrolments extends JpaRepository<Enrolment, Long>, JpaSpecificationExecutor<Enrolment> {

    List<Enrolment> findBySessionIdOrderById(Long sessionId);

    List<Enrolment> findBySessionIdAndEnterpriseIdInOrderById(Long sessionId, List<Long> enterpriseIds);

    long countBySessionId(Long sessionId);

    boolean existsBySessionIdAndIdFingerprint(Long sessionId, String idFingerprint);
}
