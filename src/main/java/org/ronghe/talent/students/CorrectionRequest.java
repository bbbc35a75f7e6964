package org.ronghe.talent.students;

import java.time.Instant;

/**
 * A student's request to correct their data: which field and what is wrong, open until the school accepts (and corrects
 * the record) or declines it, with its answer.
 */
public record CorrectionRequest(
        Long id,
        Long studentId,
        Field field,
        String message,
        Status status,
        Instant createdAt,
        String response,
        String resolvedBy,
        Instant resolvedAt) {

    /** What is to be corrected. */
    public enum Field {
        NAME,
        GENDER,
        ID_NUMBER,
        MOBILE,
        MAJOR,
        CLASS_NAME,
        EXPECTED_GRADUATION,
        PROGRAMME,
        OTHER;

        public String messageKey() {
            return "talent.correction.field." + name();
        }
    }

    /** Open, accepted (the school corrected the record) or declined (with a reason). */
    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED;

        public String messageKey() {
            return "talent.correction.status." + name();
        }
    }
}
