package org.ronghe.training.courses;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessions extends JpaRepository<TrainingSession, Long> {

    /** The session, its row locked until the transaction ends (enrolments count against its places one at a time). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TrainingSession s where s.id = :id")
    Optional<TrainingSession> lockById(Long id);

    List<TrainingSession> findByCourseIdOrderByStartsOnDescIdDesc(Long courseId);
}
