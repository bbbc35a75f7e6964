package org.ronghe.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the agreement list. */
public record AgreementSummary(
        Long id,
        String title,
        AgreementKind kind,
        AgreementStatus status,
        Long bodyId,
        LocalDate signedOn,
        LocalDate termEndsOn,
        BigDecimal committedYuan,
        BigDecimal reportedYuan) {}
