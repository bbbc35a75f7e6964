package org.ronghe.docking.dockings;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.core.work.Notice;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandBook;
import org.ronghe.docking.demands.DemandKind;
import org.ronghe.docking.dockings.DockingEvents.DockingChanged;
import org.ronghe.docking.dockings.DockingStep.Action;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dockings: proposed between a need and a capability (or two organisations), answered, met about, ended in an
 * agreement drafted in the agreement module or closed; each step published (audited) and the other side notified. An
 * accepted docking puts its need in docking. Callers say which side acts ({@link DockingAccess}).
 */
@Service
@Transactional
public class DockingBook {

    /** Unanswered proposals are reminded after this long. */
    public static final Duration REMIND_AFTER = Duration.ofDays(7);

    private static final List<DockingStatus> OPEN = List.of(DockingStatus.PROPOSED, DockingStatus.ACCEPTED);

    private final Dockings dockings;
    private final DemandBook demands;
    private final CapabilityBook capabilities;
    private final AgreementBook agreements;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DockingBook(
            Dockings dockings,
            DemandBook demands,
            CapabilityBook capabilities,
            AgreementBook agreements,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dockings = dockings;
        this.demands = demands;
        this.capabilities = capabilities;
        this.agreements = agreements;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The two organisations and the body a proposal would concern, to decide who may make it. */
    public record Sides(Long needOrganisationId, Long offerOrganisationId, Long bodyId) {}

    /** @throws InvalidInput when the draft names neither a need and a capability nor two organisations */
    @Transactional(readOnly = true)
    public Sides sidesOf(DockingDraft draft) {
        DockingDraft valid = draft.validate();
        Docking.Parties parties = parties(valid);
        return new Sides(parties.needOrganisationId(), parties.offerOrganisationId(), parties.bodyId());
    }

    public Docking propose(DockingDraft draft, DockingSide by) {
        DockingDraft valid = draft.validate();
        Docking.Parties parties = parties(valid);
        if (parties.demandId() != null
                && dockings.existsByDemandIdAndCapabilityIdAndStatusIn(
                        parties.demandId(), parties.capabilityId(), OPEN)) {
            throw new RuleBroken("docking.docking.exists");
        }
        Docking docking = dockings.save(
                Docking.propose(parties, title(parties), valid.message(), by, Actor.current(), clock.instant()));
        changed(docking, Action.PROPOSED, by, valid.message());
        notifyWaiting(docking, "notice.docking-proposed");
        return docking;
    }

    public Docking accept(Long id, long expectedVersion, DockingSide side) {
        Docking docking = get(id, expectedVersion);
        docking.accept(side, Actor.current(), clock.instant());
        changed(docking, Action.ACCEPTED, side, null);
        if (docking.status() == DockingStatus.ACCEPTED) {
            if (docking.demandId() != null) {
                demands.startDocking(docking.demandId());
            }
            notifySides(docking, "notice.docking-accepted");
        }
        return docking;
    }

    public Docking decline(Long id, long expectedVersion, DockingSide side, String reason) {
        Docking docking = get(id, expectedVersion);
        docking.decline(side, reason, Actor.current(), clock.instant());
        changed(docking, Action.DECLINED, side, docking.reason());
        notifySides(docking, "notice.docking-declined");
        return docking;
    }

    /** A meeting of the two sides, with its day, place and notes. */
    public record Meeting(LocalDate heldOn, String place, String notes) {}

    public Docking meet(Long id, long expectedVersion, DockingSide side, Meeting meeting) {
        List<FieldProblem> problems = new ArrayList<>();
        String place = FieldProblem.trimmed(meeting.place(), "place", 200, problems);
        String notes = FieldProblem.trimmed(meeting.notes(), "notes", 4000, problems);
        if (meeting.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "input.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Docking docking = get(id, expectedVersion);
        docking.meet(meeting.heldOn(), place, notes, side, Actor.current(), clock.instant());
        changed(docking, Action.MET, side, meeting.heldOn() + (place == null ? "" : " " + place));
        return docking;
    }

    /** Drafts an agreement between the two sides, titled after the need, in the agreement module; returns its id. */
    public Long draftAgreement(Long id, long expectedVersion, DockingSide side) {
        Docking docking = get(id, expectedVersion);
        Demand demand = docking.demandId() == null ? null : demands.get(docking.demandId());
        Long agreementId = agreements
                .draft(new AgreementDraft(
                        demand == null ? docking.title() : demand.title(),
                        kind(demand),
                        docking.bodyId(),
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(docking.needOrganisationId(), PartyRole.INITIATOR, null, null, null),
                                new Party(docking.offerOrganisationId(), PartyRole.PARTNER, null, null, null))))
                .id();
        docking.agreementDrafted(agreementId, side, Actor.current(), clock.instant());
        changed(docking, Action.AGREEMENT_DRAFTED, side, "agreement:" + agreementId);
        return agreementId;
    }

    /**
     * The agreement drafted from dockings reached a step ({@code AGREEMENT_SIGNED} or {@code AGREEMENT_IN_FORCE}): each
     * such docking records it once, with the time, for the docking funnel.
     */
    public void agreementReached(Long agreementId, Action step) {
        for (Docking docking : dockings.findByAgreementId(agreementId)) {
            int before = docking.history().size();
            docking.agreementReached(step, clock.instant());
            if (docking.history().size() > before) {
                changed(docking, step, null, "agreement:" + agreementId);
            }
        }
    }

    public Docking close(Long id, long expectedVersion, DockingSide side, String reason) {
        Docking docking = get(id, expectedVersion);
        docking.close(reason, side, Actor.current(), clock.instant());
        changed(docking, Action.CLOSED, side, docking.reason());
        return docking;
    }

    /** Reminds the sides of proposals unanswered for {@link #REMIND_AFTER}, once each; returns how many. */
    public int remindUnanswered() {
        List<Docking> unanswered = dockings.findUnanswered(clock.instant().minus(REMIND_AFTER));
        for (Docking docking : unanswered) {
            notifyWaiting(docking, "notice.docking-unanswered");
            docking.reminded();
        }
        return unanswered.size();
    }

    @Transactional(readOnly = true)
    public Docking get(Long id) {
        return dockings.findById(id).orElseThrow(() -> new NotFound("docking", id));
    }

    private Docking get(Long id, long expectedVersion) {
        Docking docking = get(id);
        Versions.require("docking", id, docking.version(), expectedVersion);
        return docking;
    }

    private Docking.Parties parties(DockingDraft valid) {
        if (valid.needId() != null && valid.capabilityId() != null) {
            Demand demand = demands.get(valid.needId());
            Capability capability = capabilities.get(valid.capabilityId());
            if (capability.withdrawn()) {
                throw new RuleBroken("docking.capability.already-withdrawn");
            }
            return new Docking.Parties(
                    demand.bodyId(),
                    demand.id(),
                    capability.id(),
                    demand.organisationId(),
                    capability.organisationId());
        }
        directory.get(valid.needOrganisationId());
        directory.get(valid.offerOrganisationId());
        return new Docking.Parties(null, null, null, valid.needOrganisationId(), valid.offerOrganisationId());
    }

    private String title(Docking.Parties parties) {
        if (parties.demandId() != null) {
            return demands.get(parties.demandId()).title() + " × "
                    + capabilities.get(parties.capabilityId()).title();
        }
        return directory.nameOf(parties.needOrganisationId()) + " × " + directory.nameOf(parties.offerOrganisationId());
    }

    private static AgreementKind kind(Demand demand) {
        if (demand == null) {
            return AgreementKind.OTHER;
        }
        return demand.kind() == DemandKind.TRAINING ? AgreementKind.TRAINING : AgreementKind.TECHNICAL_SERVICE;
    }

    private void changed(Docking docking, Action action, DockingSide side, String detail) {
        events.publishEvent(new DockingChanged(docking.id(), docking.bodyId(), action, side, detail));
    }

    private void notifyWaiting(Docking docking, String key) {
        List<Notice.Addressee> to = docking.waitingFor().stream()
                .map(s -> Notice.Addressee.adminsOf(
                        s == DockingSide.NEED ? docking.needOrganisationId() : docking.offerOrganisationId()))
                .toList();
        if (!to.isEmpty()) {
            events.publishEvent(new Notice(to, key, List.of(docking.title()), "/docking/dockings/" + docking.id()));
        }
    }

    private void notifySides(Docking docking, String key) {
        events.publishEvent(new Notice(
                List.of(
                        Notice.Addressee.adminsOf(docking.needOrganisationId()),
                        Notice.Addressee.adminsOf(docking.offerOrganisationId())),
                key,
                List.of(docking.title()),
                "/docking/dockings/" + docking.id()));
    }
}
