package org.ronghe.docking.imports;

import java.time.Instant;

/**
 * An import of needs or capabilities as its status resource shows it. {@code status}: QUEUED → VALIDATING → REJECTED
 * (rows invalid, nothing committed) or IMPORTING → INDEXING → DONE; FAILED with a reason when the file could not be
 * read or the commit failed (nothing committed then either).
 */
public record DockingImport(
        Long id,
        Subject subject,
        Long bodyId,
        Long organisationId,
        String fileName,
        boolean validOnly,
        Status status,
        int rowsRead,
        int invalidRows,
        int problemCount,
        int createdItems,
        String failureCode,
        String createdBy,
        Instant createdAt,
        Instant finishedAt) {

    /** What a sheet holds. */
    public enum Subject {
        NEEDS,
        CAPABILITIES
    }

    public enum Status {
        QUEUED,
        VALIDATING,
        REJECTED,
        IMPORTING,
        INDEXING,
        DONE,
        FAILED;

        public boolean running() {
            return this == QUEUED || this == VALIDATING || this == IMPORTING || this == INDEXING;
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
