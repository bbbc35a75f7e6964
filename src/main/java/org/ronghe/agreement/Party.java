package org.ronghe.agreement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * An organisation that is party to an agreement: its role, the title of whoever signed for it, and what it commits in
 * cash and in kind (CNY, exact to the fen; null when not stated).
 */
@Embeddable
public record Party(
        Long organisationId,
        @Enumerated(EnumType.STRING) PartyRole role,
        String signatoryTitle,
        BigDecimal committedCash,
        BigDecimal committedInKind) {}
