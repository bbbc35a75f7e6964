package org.ronghe.research.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ronghe.core.RuleBroken;
import org.ronghe.research.figures.ResearchFigureRow;

/**
 * A payment under a project: the paying party declares it (amount, date, voucher); it counts as received only when the
 * receiving party confirms it, and never when that party disputes it (with a reason). The payer cannot decide on its
 * own declaration.
 */
@Entity
@Table(name = "research_tranches")
public class Tranche {

    /** Declared until the payee confirms (received) or disputes it. */
    public enum Status {
        DECLARED,
        CONFIRMED,
        DISPUTED;

        public String messageKey() {
            return "research.tranche.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private Long payerId;

    private Long payeeId;

    private BigDecimal amount;

    private LocalDate paidOn;

    private UUID voucherId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant declaredAt;

    private String declaredBy;

    private Instant decidedAt;

    private String decidedBy;

    private String disputeReason;

    @Version
    private long version;

    protected Tranche() {}

    static Tranche declare(
            Long projectId,
            Long payerId,
            Long payeeId,
            BigDecimal amount,
            LocalDate paidOn,
            UUID voucher,
            Instant at,
            String actor) {
        Tranche t = new Tranche();
        t.projectId = projectId;
        t.payerId = payerId;
        t.payeeId = payeeId;
        t.amount = amount;
        t.paidOn = paidOn;
        t.voucherId = voucher;
        t.status = Status.DECLARED;
        t.declaredAt = at;
        t.declaredBy = actor;
        return t;
    }

    /** The payee confirms the money arrived. */
    void confirm(Long byOrganisation, Instant at, String actor) {
        requirePayeeOnDeclared(byOrganisation);
        decide(Status.CONFIRMED, at, actor);
    }

    /** The payee says the money did not arrive as declared, and why. */
    void dispute(Long byOrganisation, String reason, Instant at, String actor) {
        requirePayeeOnDeclared(byOrganisation);
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("research.tranche.dispute.reason-required");
        }
        if (reason.strip().length() > Project.REASON_MAX) {
            throw new RuleBroken("research.reason.too-long", Project.REASON_MAX);
        }
        disputeReason = reason.strip();
        decide(Status.DISPUTED, at, actor);
    }

    private void requirePayeeOnDeclared(Long byOrganisation) {
        if (payerId.equals(byOrganisation)) {
            throw new RuleBroken("research.tranche.self-confirmation");
        }
        if (!payeeId.equals(byOrganisation)) {
            throw new RuleBroken("research.tranche.payee-only");
        }
        if (status != Status.DECLARED) {
            throw new RuleBroken("research.tranche.decided");
        }
    }

    private void decide(Status next, Instant at, String actor) {
        status = next;
        decidedAt = at;
        decidedBy = actor;
    }

    /**
     * What this tranche adds to the figures of its project's body, in the month it was paid: declared unless disputed,
     * confirmed once the payee confirmed — the body's total and the payer's share.
     */
    public List<ResearchFigureRow> figureRows(Long bodyId) {
        if (status == Status.DISPUTED) {
            return List.of();
        }
        return ResearchFigureRow.paid(
                bodyId, paidOn, payerId, amount, status == Status.CONFIRMED ? amount : BigDecimal.ZERO);
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Long payerId() {
        return payerId;
    }

    public Long payeeId() {
        return payeeId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public Status status() {
        return status;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public long version() {
        return version;
    }
}
