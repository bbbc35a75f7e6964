package org.ronghe.training.imports;

import org.ronghe.training.IdMatchGuard;

/**
 * The uploader's allowance of ID numbers matching no enrolment ({@link IdMatchGuard}), as a sheet's check spends it.
 */
record IdMatches(IdMatchGuard guard, String user) {

    /** The problem of a row whose number was not matched: the uploader's misses were used up. */
    static final String SPENT = "training.import.id-match-spent";

    boolean mayMatch() {
        return guard.mayMatch(user);
    }

    void missed() {
        guard.missed(user);
    }
}
