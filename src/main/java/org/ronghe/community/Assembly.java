package org.ronghe.community;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * An assembly or meeting of a body. {@code attendanceAtLeast} records counts reported as
 * "260余人" (more than 260).
 */
@Embeddable
public record Assembly(LocalDate heldOn, @Enumerated(EnumType.STRING) Kind kind, String place,
                       Integer attendance, boolean attendanceAtLeast) {

    public enum Kind { FOUNDING, COUNCIL_MEETING, GENERAL }
}
