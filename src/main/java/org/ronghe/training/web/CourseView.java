package org.ronghe.training.web;

import java.math.BigDecimal;
import java.time.Instant;
import org.ronghe.training.courses.Course;
import org.ronghe.training.courses.TrainingKind;
import org.ronghe.training.courses.TrainingMode;

/** A course as the API shows it, with the catalogue item it is listed as. */
record CourseView(
        Long id,
        Long bodyId,
        Long providerId,
        TrainingKind kind,
        String title,
        String skills,
        int hours,
        TrainingMode mode,
        int capacity,
        BigDecimal price,
        Long capabilityId,
        boolean withdrawn,
        Instant offeredAt,
        long version) {

    static CourseView of(Course c) {
        return new CourseView(
                c.id(),
                c.bodyId(),
                c.providerId(),
                c.kind(),
                c.title(),
                c.skills(),
                c.hours(),
                c.mode(),
                c.capacity(),
                c.price(),
                c.capabilityId(),
                c.withdrawn(),
                c.offeredAt(),
                c.version());
    }
}
