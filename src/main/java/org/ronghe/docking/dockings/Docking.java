package org.ronghe.docking.dockings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.RuleBroken;
import org.ronghe.docking.dockings.DockingStep.Action;

/**
 * A docking between the side with a need and the side offering: proposed by one of them (who thereby accepts) or by the
 * body's secretariat (then both sides answer), accepted once every side has, or declined by a side with a reason; once
 * accepted, meetings are logged and one agreement may be drafted from it; closed with a reason at any time before.
 * Every step is kept in its history.
 */
@Entity
@Table(name = "dockings")
public class Docking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private Long demandId;

    private Long capabilityId;

    private Long needOrganisationId;

    private Long offerOrganisationId;

    private String title;

    private String message;

    @Enumerated(EnumType.STRING)
    private DockingSide proposedBy;

    private boolean needAccepted;

    private boolean offerAccepted;

    @Enumerated(EnumType.STRING)
    private DockingStatus status;

    private String reason;

    private Long agreementId;

    private Instant agreementSignedAt;

    private Instant agreementInForceAt;

    private Instant proposedAt;

    private Instant acceptedAt;

    private boolean reminded;

    @ElementCollection
    @CollectionTable(name = "docking_steps", joinColumns = @JoinColumn(name = "docking_id"))
    @OrderBy("at")
    private List<DockingStep> history = new ArrayList<>();

    @Version
    private long version;

    protected Docking() {}

    /** The two sides, the body, and what is docked (ids of a need and a capability, or nulls for two organisations). */
    record Parties(Long bodyId, Long demandId, Long capabilityId, Long needOrganisationId, Long offerOrganisationId) {}

    static Docking propose(Parties parties, String title, String message, DockingSide by, String actor, Instant at) {
        if (parties.needOrganisationId().equals(parties.offerOrganisationId())) {
            throw new RuleBroken("docking.docking.same-organisation");
        }
        Docking docking = new Docking();
        docking.bodyId = parties.bodyId();
        docking.demandId = parties.demandId();
        docking.capabilityId = parties.capabilityId();
        docking.needOrganisationId = parties.needOrganisationId();
        docking.offerOrganisationId = parties.offerOrganisationId();
        docking.title = title;
        docking.message = message;
        docking.proposedBy = by;
        docking.needAccepted = by == DockingSide.NEED;
        docking.offerAccepted = by == DockingSide.OFFER;
        docking.status = DockingStatus.PROPOSED;
        docking.proposedAt = at;
        docking.history.add(new DockingStep(at, Action.PROPOSED, by, actor, message, null, null));
        return docking;
    }

    /** The side's acceptance; accepted once both sides have. */
    void accept(DockingSide side, String actor, Instant at) {
        answerable(side);
        if (side == DockingSide.NEED) {
            needAccepted = true;
        } else {
            offerAccepted = true;
        }
        if (needAccepted && offerAccepted) {
            status = DockingStatus.ACCEPTED;
            acceptedAt = at;
        }
        history.add(new DockingStep(at, Action.ACCEPTED, side, actor, null, null, null));
    }

    void decline(DockingSide side, String why, String actor, Instant at) {
        answerable(side);
        status = DockingStatus.DECLINED;
        reason = required(why);
        history.add(new DockingStep(at, Action.DECLINED, side, actor, reason, null, null));
    }

    void meet(LocalDate heldOn, String place, String notes, DockingSide side, String actor, Instant at) {
        if (status != DockingStatus.ACCEPTED) {
            throw new RuleBroken("docking.docking.not-accepted");
        }
        if (heldOn == null) {
            throw new RuleBroken("docking.docking.meeting-date");
        }
        history.add(new DockingStep(at, Action.MET, side, actor, notes, heldOn, place));
    }

    void agreementDrafted(Long agreement, DockingSide side, String actor, Instant at) {
        if (status != DockingStatus.ACCEPTED) {
            throw new RuleBroken("docking.docking.not-accepted");
        }
        if (agreementId != null) {
            throw new RuleBroken("docking.docking.agreement-exists");
        }
        agreementId = agreement;
        history.add(new DockingStep(at, Action.AGREEMENT_DRAFTED, side, actor, String.valueOf(agreement), null, null));
    }

    /** The agreement drafted from it was signed by every party ({@code IN_FORCE}: it came into force). */
    void agreementReached(Action step, Instant at) {
        if (step == Action.AGREEMENT_SIGNED && agreementSignedAt == null) {
            agreementSignedAt = at;
        } else if (step == Action.AGREEMENT_IN_FORCE && agreementInForceAt == null) {
            agreementInForceAt = at;
        } else {
            return;
        }
        history.add(new DockingStep(at, step, null, null, String.valueOf(agreementId), null, null));
    }

    void close(String why, DockingSide side, String actor, Instant at) {
        if (status == DockingStatus.DECLINED || status == DockingStatus.CLOSED) {
            throw new RuleBroken("docking.docking.ended");
        }
        status = DockingStatus.CLOSED;
        reason = required(why);
        history.add(new DockingStep(at, Action.CLOSED, side, actor, reason, null, null));
    }

    /** A reminder to the sides that have not answered went out. */
    void reminded() {
        reminded = true;
    }

    private void answerable(DockingSide side) {
        if (status != DockingStatus.PROPOSED) {
            throw new RuleBroken("docking.docking.not-proposed");
        }
        if (side == DockingSide.SECRETARIAT || (side == DockingSide.NEED ? needAccepted : offerAccepted)) {
            throw new RuleBroken("docking.docking.not-yours-to-answer");
        }
    }

    private static String required(String why) {
        if (why == null || why.isBlank()) {
            throw new RuleBroken("docking.docking.reason-required");
        }
        if (why.strip().length() > 500) {
            throw new RuleBroken("docking.docking.reason-long", 500);
        }
        return why.strip();
    }

    /** The sides still to answer a proposal. */
    public List<DockingSide> waitingFor() {
        if (status != DockingStatus.PROPOSED) {
            return List.of();
        }
        List<DockingSide> waiting = new ArrayList<>();
        if (!needAccepted) {
            waiting.add(DockingSide.NEED);
        }
        if (!offerAccepted) {
            waiting.add(DockingSide.OFFER);
        }
        return waiting;
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long demandId() {
        return demandId;
    }

    public Long capabilityId() {
        return capabilityId;
    }

    public Long needOrganisationId() {
        return needOrganisationId;
    }

    public Long offerOrganisationId() {
        return offerOrganisationId;
    }

    public String title() {
        return title;
    }

    public String message() {
        return message;
    }

    public DockingSide proposedBy() {
        return proposedBy;
    }

    public DockingStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Long agreementId() {
        return agreementId;
    }

    public Instant agreementSignedAt() {
        return agreementSignedAt;
    }

    public Instant agreementInForceAt() {
        return agreementInForceAt;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public List<DockingStep> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
