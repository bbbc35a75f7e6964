package org.ronghe.community.roster;

import java.time.Instant;

/**
 * A roster import as its status resource shows it. {@code status}: QUEUED → VALIDATING → REJECTED (rows invalid,
 * nothing committed) or IMPORTING → INDEXING → DONE; FAILED with a reason when the file could not be read or the commit
 * failed (nothing committed then either).
 */
public record RosterImport(
        Long id,
        Long bodyId,
        String fileName,
        boolean validOnly,
        Status status,
        int rowsRead,
        int invalidRows,
        int problemCount,
        int createdOrganisations,
        int reusedOrganisations,
        int admitted,
        int reopened,
        int alreadyMembers,
        String failureCode,
        String createdBy,
        Instant createdAt,
        Instant validatedAt,
        Instant committedAt,
        Instant finishedAt) {

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
