package org.ronghe.talent.students;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One student as a page or the API shows them: numbers masked unless {@code revealed}; consents only for the school's
 * own users (an enterprise sees none of them).
 */
public record StudentView(
        Long id,
        long version,
        Long schoolId,
        String schoolName,
        Long programmeId,
        String programmeName,
        Long cohortId,
        Integer cohortYear,
        String name,
        Gender gender,
        String idNumber,
        String mobile,
        String major,
        String className,
        LocalDate expectedGraduation,
        boolean revealed,
        List<ConsentLine> consents) {

    /** A consent, given and perhaps withdrawn. */
    public record ConsentLine(
            Long organisationId, String organisationName, Instant grantedAt, String grantedBy, Instant withdrawnAt) {}
}
