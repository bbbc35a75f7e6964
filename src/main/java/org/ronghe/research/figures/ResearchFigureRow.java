package org.ronghe.research.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One record's share of the R&D money figures: in a body and month, for one side ({@code BODY} with organisation 0 for
 * the body's total, {@code PARTY} for a party's share). Amounts in CNY, exact to the fen.
 */
public record ResearchFigureRow(
        Long bodyId,
        LocalDate month,
        String side,
        Long organisationId,
        BigDecimal committed,
        BigDecimal declared,
        BigDecimal confirmed,
        long transfers,
        BigDecimal transferValue) {

    public static final String BODY = "BODY";
    public static final String PARTY = "PARTY";

    /** A budget committed in the month of {@code on}: the body's total when {@code partyId} is null, else a party's. */
    public static ResearchFigureRow committed(Long bodyId, LocalDate on, Long partyId, BigDecimal amount) {
        return of(bodyId, on, partyId, amount, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** A payment's rows, the body's and the payer's: declared (not disputed) and confirmed (by the payee) amounts. */
    public static List<ResearchFigureRow> paid(
            Long bodyId, LocalDate on, Long payerId, BigDecimal declared, BigDecimal confirmed) {
        return List.of(
                of(bodyId, on, null, BigDecimal.ZERO, declared, confirmed, 0, BigDecimal.ZERO),
                of(bodyId, on, payerId, BigDecimal.ZERO, declared, confirmed, 0, BigDecimal.ZERO));
    }

    /** A transfer's rows, the body's and the transferring side's: one transfer and its value. */
    public static List<ResearchFigureRow> transferred(Long bodyId, LocalDate on, Long fromId, BigDecimal value) {
        return List.of(
                of(bodyId, on, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1, value),
                of(bodyId, on, fromId, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1, value));
    }

    private static ResearchFigureRow of(
            Long bodyId,
            LocalDate on,
            Long partyId,
            BigDecimal committed,
            BigDecimal declared,
            BigDecimal confirmed,
            long transfers,
            BigDecimal transferValue) {
        return new ResearchFigureRow(
                bodyId,
                on.withDayOfMonth(1),
                partyId == null ? BODY : PARTY,
                partyId == null ? 0L : partyId,
                committed,
                declared,
                confirmed,
                transfers,
                transferValue);
    }

    /** This row and another of the same key, summed. */
    ResearchFigureRow plus(ResearchFigureRow other) {
        return new ResearchFigureRow(
                bodyId,
                month,
                side,
                organisationId,
                committed.add(other.committed),
                declared.add(other.declared),
                confirmed.add(other.confirmed),
                transfers + other.transfers,
                transferValue.add(other.transferValue));
    }

    ResearchFigureRow negated() {
        return new ResearchFigureRow(
                bodyId,
                month,
                side,
                organisationId,
                committed.negate(),
                declared.negate(),
                confirmed.negate(),
                -transfers,
                transferValue.negate());
    }

    boolean isZero() {
        return committed.signum() == 0
                && declared.signum() == 0
                && confirmed.signum() == 0
                && transfers == 0
                && transferValue.signum() == 0;
    }
}
