package org.ronghe.training.imports;

import java.time.Instant;

/**
 * An import of an attendance list or of certificates as its status resource shows it. {@code status}: QUEUED →
 * VALIDATING → REJECTED (rows invalid, nothing written) or IMPORTING → DONE; FAILED with a reason when the file could
 * not be read or the writing failed (nothing written then either). {@code writtenRows}: enrolments updated or
 * certificates recorded; {@code completions}: enrolments the attendance list completed.
 */
public record TrainingImport(
        Long id,
        Kind kind,
        Long organisationId,
        Long sessionId,
        String fileName,
        boolean validOnly,
        Status status,
        int rowsRead,
        int invalidRows,
        int problemCount,
        int writtenRows,
        int completions,
        String failureCode,
        String createdBy,
        Instant createdAt,
        Instant validatedAt,
        Instant finishedAt) {

    /** What a sheet holds. */
    public enum Kind {
        ATTENDANCE,
        CERTIFICATES
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
            return "roster.status." + name();
        }
    }

    public boolean running() {
        return status.running();
    }

    /** Rows that can be imported: all read minus the invalid ones. */
    public int validRows() {
        return rowsRead - invalidRows;
    }
}
