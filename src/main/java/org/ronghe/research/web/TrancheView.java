package org.ronghe.research.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ronghe.research.projects.Tranche;

/** A funding tranche as the API shows it; the voucher is named by whether there is one. */
record TrancheView(
        Long id,
        Long projectId,
        Long payerId,
        Long payeeId,
        BigDecimal amount,
        LocalDate paidOn,
        boolean voucher,
        Tranche.Status status,
        Instant declaredAt,
        Instant decidedAt,
        String disputeReason,
        long version) {

    static TrancheView of(Tranche t) {
        return new TrancheView(
                t.id(),
                t.projectId(),
                t.payerId(),
                t.payeeId(),
                t.amount(),
                t.paidOn(),
                t.voucherId() != null,
                t.status(),
                t.declaredAt(),
                t.decidedAt(),
                t.disputeReason(),
                t.version());
    }
}
