package org.ronghe.agreement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step in an obligation's history: a report by the obligated party (what was achieved, a note, an evidence file),
 * or another party's confirmation or dispute (with its reason), for the period due on {@code periodDueOn}.
 */
@Embeddable
public record ObligationStep(
        Instant at,
        @Enumerated(EnumType.STRING) Action action,
        String actor,
        Long organisationId,
        LocalDate periodDueOn,
        BigDecimal achieved,
        String note,
        UUID fileId) {

    public enum Action {
        REPORTED,
        CONFIRMED,
        DISPUTED;

        public String messageKey() {
            return "obligation.action." + name();
        }
    }
}
