package org.ronghe.talent.students;

import java.time.LocalDate;

/**
 * A student as lists and exports show them: ID and mobile numbers masked ({@code 110101********123X},
 * {@code 138****5678}) unless {@code revealed}, which only a school's personal-data officer can ask for (audited).
 */
public record StudentSummary(
        Long id,
        Long schoolId,
        Long programmeId,
        Long cohortId,
        String name,
        Gender gender,
        String idNumber,
        String mobile,
        String major,
        String className,
        LocalDate expectedGraduation,
        boolean revealed,
        boolean minimised) {

    StudentSummary revealedAs(StudentBook.Identifiers clear) {
        return new StudentSummary(
                id,
                schoolId,
                programmeId,
                cohortId,
                name,
                gender,
                clear.idNumber(),
                clear.mobile(),
                major,
                className,
                expectedGraduation,
                true,
                false);
    }

    /**
     * The row as a reader without a need for names sees it (a body's secretariat and observers, another school of the
     * programme): the surname only ({@code 王**}), no class; school, major and graduation stay, so that every figure can
     * still be traced to its records (ADR 0016).
     */
    StudentSummary withNameHidden() {
        String surname = name == null || name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
        String hidden = name == null ? "" : "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
        return new StudentSummary(
                id,
                schoolId,
                programmeId,
                cohortId,
                surname + hidden,
                gender,
                idNumber,
                mobile,
                major,
                null,
                expectedGraduation,
                revealed,
                true);
    }
}
