package org.ronghe.talent;

import java.time.Instant;

/**
 * A student import as its status resource shows it. {@code status}: QUEUED → VALIDATING → REJECTED (rows invalid,
 * nothing written) or IMPORTING → DONE; FAILED with a reason when the file could not be read (nothing written).
 */
public record StudentImport(Long id, Long schoolId, Long programmeId, Long cohortId, String fileName, boolean validOnly,
                            Status status, int rowsRead, int invalidRows, int problemCount, int imported,
                            String failureCode, String createdBy, Instant createdAt, Instant validatedAt,
                            Instant finishedAt) {

    public enum Status {
        QUEUED, VALIDATING, REJECTED, IMPORTING, DONE, FAILED;

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

    /** A problem of one row: the row as Excel numbers it, the column letter, a message key and its arguments. */
    public record Problem(int row, String column, String code, Object... arguments) {
    }
}
