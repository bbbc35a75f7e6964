package org.ronghe.training.web;

import java.time.LocalDate;
import org.ronghe.training.courses.TrainingSession;

/** A session or cohort as the API shows it. */
record SessionView(
        Long id,
        Long courseId,
        Long bodyId,
        Long providerId,
        Long enterpriseId,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        int capacity,
        int hours) {

    static SessionView of(TrainingSession s) {
        return new SessionView(
                s.id(),
                s.courseId(),
                s.bodyId(),
                s.providerId(),
                s.enterpriseId(),
                s.startsOn(),
                s.endsOn(),
                s.place(),
                s.capacity(),
                s.hours());
    }
}
