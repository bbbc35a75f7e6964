package org.ronghe.research.transfers;

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
import java.util.Objects;
import org.ronghe.core.RuleBroken;
import org.ronghe.research.figures.ResearchFigureRow;

/**
 * A result transferred from its owner to another organisation — licensed, assigned or contributed as equity — for an
 * amount under a contract. Recorded by either side (its own confirmation) or the body's secretariat; it counts once
 * both sides have confirmed, and never once either disputes it.
 */
@Entity
@Table(name = "research_transfers")
public class Transfer {

    /** Waiting for a side's confirmation; confirmed by both; or disputed by one. */
    public enum Status {
        DECLARED,
        CONFIRMED,
        DISPUTED;

        public String messageKey() {
            return "research.transfer.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private Long projectId;

    private String title;

    @Enumerated(EnumType.STRING)
    private TransferMode mode;

    private Long fromId;

    private Long toId;

    private BigDecimal amount;

    private LocalDate contractOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant fromConfirmedAt;

    private Instant toConfirmedAt;

    private String disputeReason;

    private Long capabilityId;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected Transfer() {}

    static Transfer record(TransferDraft terms, Long actingFor, Instant at, String actor) {
        Transfer t = new Transfer();
        t.bodyId = terms.bodyId();
        t.projectId = terms.projectId();
        t.title = terms.title();
        t.mode = terms.mode();
        t.fromId = terms.fromOrganisationId();
        t.toId = terms.toOrganisationId();
        t.amount = terms.amount();
        t.contractOn = terms.contractOn();
        t.status = Status.DECLARED;
        t.createdAt = at;
        t.createdBy = actor;
        if (actingFor != null) {
            t.confirm(actingFor, at);
        }
        return t;
    }

    /** A side confirms; the transfer counts once both have. @return whether it now counts */
    boolean confirm(Long byOrganisation, Instant at) {
        requireSideOnDeclared(byOrganisation);
        if (byOrganisation.equals(fromId)) {
            if (fromConfirmedAt != null) {
                throw new RuleBroken("research.transfer.already-confirmed");
            }
            fromConfirmedAt = at;
        } else {
            if (toConfirmedAt != null) {
                throw new RuleBroken("research.transfer.already-confirmed");
            }
            toConfirmedAt = at;
        }
        if (fromConfirmedAt != null && toConfirmedAt != null) {
            status = Status.CONFIRMED;
        }
        return status == Status.CONFIRMED;
    }

    /** A side that has not confirmed says it did not happen so, and why. */
    void dispute(Long byOrganisation, String reason) {
        requireSideOnDeclared(byOrganisation);
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("research.transfer.dispute.reason-required");
        }
        if (reason.strip().length() > 1000) {
            throw new RuleBroken("research.reason.too-long", 1000);
        }
        status = Status.DISPUTED;
        disputeReason = reason.strip();
    }

    /** The catalogue item that now offers the result. */
    void listedAs(Long capability) {
        this.capabilityId = capability;
    }

    private void requireSideOnDeclared(Long byOrganisation) {
        if (!Objects.equals(byOrganisation, fromId) && !Objects.equals(byOrganisation, toId)) {
            throw new RuleBroken("research.transfer.side-only");
        }
        if (status != Status.DECLARED) {
            throw new RuleBroken("research.transfer.decided");
        }
    }

    /** Whether the side has confirmed. */
    public boolean confirmedBy(Long organisation) {
        return organisation.equals(fromId)
                ? fromConfirmedAt != null
                : organisation.equals(toId) && toConfirmedAt != null;
    }

    /**
     * What this transfer adds to the figures once both sides confirmed it, in the month of its contract: one transfer
     * and its value, for the body and the transferring side; nothing before, nothing disputed.
     */
    public List<ResearchFigureRow> figureRows() {
        return status == Status.CONFIRMED
                ? ResearchFigureRow.transferred(bodyId, contractOn, fromId, amount)
                : List.of();
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public TransferMode mode() {
        return mode;
    }

    public Long fromId() {
        return fromId;
    }

    public Long toId() {
        return toId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate contractOn() {
        return contractOn;
    }

    public Status status() {
        return status;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public Long capabilityId() {
        return capabilityId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
