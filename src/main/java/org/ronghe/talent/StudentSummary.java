package org.ronghe.talent;

import java.time.LocalDate;

/**
 * A student as lists and exports show them: ID and mobile numbers masked ({@code 110101********123X},
 * {@code 138****5678}) unless {@code revealed}, which only a school's personal-data officer can ask for (audited).
 */
public record StudentSummary(Long id, Long schoolId, Long programmeId, Long cohortId, String name, Gender gender,
                             String idNumber, String mobile, String major, String className,
                             LocalDate expectedGraduation, boolean revealed) {

    StudentSummary revealedAs(StudentRegistry.Identifiers clear) {
        return new StudentSummary(id, schoolId, programmeId, cohortId, name, gender, clear.idNumber(), clear.mobile(), major,
                className, expectedGraduation, true);
    }
}
