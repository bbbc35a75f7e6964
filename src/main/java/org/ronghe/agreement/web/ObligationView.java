package org.ronghe.agreement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationStep;

/** An obligation as the API shows it. */
record ObligationView(
        Long id,
        Long agreementId,
        Long partyId,
        String description,
        BigDecimal target,
        String unit,
        Obligation.Cadence cadence,
        LocalDate dueOn,
        Obligation.Status status,
        List<ObligationStep> history,
        long version) {

    static ObligationView of(Obligation o) {
        return new ObligationView(
                o.id(),
                o.agreementId(),
                o.partyId(),
                o.description(),
                o.target(),
                o.unit(),
                o.cadence(),
                o.dueOn(),
                o.status(),
                o.history(),
                o.version());
    }
}
