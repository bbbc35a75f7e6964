package org.ronghe.research.studios;

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
import org.ronghe.core.RuleBroken;

/**
 * A technical innovation (技术革新) of a studio, recorded by its host with the annual benefit it claims (CNY). The benefit
 * counts only once the body's secretariat confirms it; disputed (with a reason) it never counts. Nobody decides on an
 * innovation they recorded themselves (ADR 0037).
 */
@Entity
@Table(name = "research_innovations")
public class Innovation {

    public static final int REASON_MAX = 1000;

    /** Recorded until the secretariat confirms or disputes it. */
    public enum Status {
        RECORDED,
        CONFIRMED,
        DISPUTED;

        public String messageKey() {
            return "research.innovation.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long studioId;

    private String title;

    private String description;

    private LocalDate madeOn;

    private BigDecimal claimedBenefit;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String disputeReason;

    private Instant recordedAt;

    private String recordedBy;

    private Instant decidedAt;

    private String decidedBy;

    @Version
    private long version;

    protected Innovation() {}

    static Innovation record(Long studioId, InnovationDraft valid, Instant at, String actor) {
        Innovation i = new Innovation();
        i.studioId = studioId;
        i.title = valid.title();
        i.description = valid.description();
        i.madeOn = valid.madeOn();
        i.claimedBenefit = valid.claimedBenefit();
        i.status = Status.RECORDED;
        i.recordedAt = at;
        i.recordedBy = actor;
        return i;
    }

    /** The secretariat confirms the benefit; from then on it counts. */
    void confirm(String actor, Instant at) {
        requireUndecidedBySomeoneElse(actor);
        decide(Status.CONFIRMED, actor, at);
    }

    /** The secretariat disputes the benefit, saying why; it never counts. */
    void dispute(String reason, String actor, Instant at) {
        requireUndecidedBySomeoneElse(actor);
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("research.innovation.dispute.reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleBroken("research.reason.too-long", REASON_MAX);
        }
        disputeReason = reason.strip();
        decide(Status.DISPUTED, actor, at);
    }

    private void requireUndecidedBySomeoneElse(String actor) {
        if (recordedBy.equals(actor)) {
            throw new RuleBroken("research.innovation.self-confirmation");
        }
        if (status != Status.RECORDED) {
            throw new RuleBroken("research.innovation.decided");
        }
    }

    private void decide(Status next, String actor, Instant at) {
        status = next;
        decidedBy = actor;
        decidedAt = at;
    }

    /** The benefit that counts: the claim once confirmed, else zero. */
    public BigDecimal confirmedBenefit() {
        return status == Status.CONFIRMED ? claimedBenefit : BigDecimal.ZERO;
    }

    public Long id() {
        return id;
    }

    public Long studioId() {
        return studioId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public BigDecimal claimedBenefit() {
        return claimedBenefit;
    }

    public Status status() {
        return status;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
