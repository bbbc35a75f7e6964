package org.ronghe.talent.imports;

import java.time.Instant;

/**
 * An import of students or of internship records into one school, as its status resource shows it. {@code status}:
 * QUEUED → VALIDATING → REJECTED (rows invalid, nothing written) or IMPORTING → DONE; FAILED with a reason when the
 * file could not be read (nothing written).
 */
public record StudentImport(
        Long id,
        Kind kind,
        Long schoolId,
        Long programmeId,
        Long cohortId,
        String fileName,
        boolean validOnly,
        Status status,
        int rowsRead,
        int invalidRows,
        int problemCount,
        int imported,
        String failureCode,
        String createdBy,
        Instant createdAt,
        Instant validatedAt,
        Instant finishedAt) {

    /** What the sheet holds: students, or internship records of the school's students. */
    public enum Kind {
        STUDENTS,
        INTERNSHIPS;

        public String messageKey() {
            return "talent.import.kind." + name();
        }
    }

    public enum Status {
        QUEUED,
        VALIDATING,
        REJECTED,
        IMPORTING,
        DONE,
        FAILED;

        public boolean running() {
            return this == QUEUED || this == VALIDATING || this == IMPORTING;
        }

        public String messageKey() {
            return "talent.import.status." + name();
        }
    }

    public boolean running() {
        return status.running();
    }

    public int validRows() {
        return rowsRead - invalidRows;
    }
}
