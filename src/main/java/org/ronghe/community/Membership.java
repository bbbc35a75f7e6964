package org.ronghe.community;

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
import java.util.Map;
import java.util.Set;
import org.ronghe.community.MembershipStep.Action;
import org.ronghe.core.RuleBroken;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An organisation's place in a body, from application to withdrawal, with its whole history. One per body and
 * organisation: a rejected or withdrawn organisation that applies again reopens the same record, so the history stays
 * in one place.
 */
@Entity
@Table(name = "memberships")
public class Membership {

    /** Where a membership stands. Only {@code ACTIVE} members count in the registered composition. */
    public enum Status {
        PENDING,
        ACTIVE,
        SUSPENDED,
        REJECTED,
        WITHDRAWN;

        public String messageKey() {
            return "membership.status." + name();
        }
    }

    public static final int REASON_MAX = 1000;

    private static final Set<Status> CLOSED = Set.of(Status.REJECTED, Status.WITHDRAWN);

    /** The statuses from which each decision may be taken. */
    private static final Map<Action, Set<Status>> DECIDABLE_FROM = Map.of(
            Action.APPROVED,
            Set.of(Status.PENDING),
            Action.REJECTED,
            Set.of(Status.PENDING),
            Action.APPLICATION_WITHDRAWN,
            Set.of(Status.PENDING),
            Action.SUSPENDED,
            Set.of(Status.ACTIVE),
            Action.REINSTATED,
            Set.of(Status.SUSPENDED),
            Action.WITHDRAWN,
            Set.of(Status.ACTIVE, Status.SUSPENDED));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate joinedOn;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "membership_events", joinColumns = @JoinColumn(name = "membership_id"))
    @OrderBy("at")
    private List<MembershipStep> history = new ArrayList<>();

    protected Membership() {}

    private Membership(Long bodyId, Long organisationId, Instant at) {
        this.bodyId = bodyId;
        this.organisationId = organisationId;
        this.createdAt = at;
    }

    /** An organisation admin asks to join; the message goes to the secretariat. */
    static Membership apply(Long bodyId, Long organisationId, String message, Instant at, String actor) {
        Membership membership = new Membership(bodyId, organisationId, at);
        membership.record(Action.APPLIED, message, null, at, actor);
        membership.status = Status.PENDING;
        return membership;
    }

    /** The secretariat admits an organisation directly, without an application. */
    static Membership admit(
            Long bodyId, Long organisationId, LocalDate joinedOn, String note, Instant at, String actor) {
        Membership membership = new Membership(bodyId, organisationId, at);
        membership.activate(Action.ADMITTED, joinedOn, note, at, actor);
        return membership;
    }

    /** Applies again after a rejection or withdrawal. */
    void reapply(String message, Instant at, String actor) {
        requireClosed();
        record(Action.APPLIED, message, null, at, actor);
        status = Status.PENDING;
    }

    /** Admits directly an organisation that was rejected, withdrew, or is waiting for a decision. */
    void readmit(LocalDate joinedOn, String note, Instant at, String actor) {
        if (status != Status.PENDING) {
            requireClosed();
        }
        activate(Action.ADMITTED, joinedOn, note, at, actor);
    }

    void approve(String note, LocalDate on, Instant at, String actor) {
        requireDecidable(Action.APPROVED);
        activate(Action.APPROVED, on, note, at, actor);
    }

    void reject(String reason, Instant at, String actor) {
        requireDecidable(Action.REJECTED);
        record(Action.REJECTED, requireReason(reason), null, at, actor);
        status = Status.REJECTED;
    }

    void withdrawApplication(String reason, Instant at, String actor) {
        requireDecidable(Action.APPLICATION_WITHDRAWN);
        record(Action.APPLICATION_WITHDRAWN, reason, null, at, actor);
        status = Status.WITHDRAWN;
    }

    void suspend(LocalDate from, String reason, Instant at, String actor) {
        requireDecidable(Action.SUSPENDED);
        record(Action.SUSPENDED, requireReason(reason), from, at, actor);
        status = Status.SUSPENDED;
    }

    void reinstate(String note, LocalDate from, Instant at, String actor) {
        requireDecidable(Action.REINSTATED);
        record(Action.REINSTATED, note, from, at, actor);
        status = Status.ACTIVE;
    }

    /** The member leaves (or is removed) from the given day; applies to active and suspended members. */
    void withdraw(LocalDate from, String reason, Instant at, String actor) {
        requireDecidable(Action.WITHDRAWN);
        record(Action.WITHDRAWN, requireReason(reason), from, at, actor);
        status = Status.WITHDRAWN;
    }

    private void activate(Action action, LocalDate on, String note, Instant at, String actor) {
        record(action, note, on, at, actor);
        status = Status.ACTIVE;
        joinedOn = on;
    }

    /** Whether an organisation in this status may apply again (after a rejection or withdrawal). */
    public static boolean reopenable(Status status) {
        return CLOSED.contains(status);
    }

    /** Whether a decision may be taken on a membership in the given status. */
    public static boolean decidable(Action action, Status status) {
        return DECIDABLE_FROM.getOrDefault(action, Set.of()).contains(status);
    }

    private void requireDecidable(Action action) {
        if (!decidable(action, status)) {
            throw new RuleBroken(
                    "membership.not-decidable", new DefaultMessageSourceResolvable(action.messageKey()), label(status));
        }
    }

    private void requireClosed() {
        if (!reopenable(status)) {
            throw new RuleBroken(status == Status.PENDING ? "membership.already-applied" : "membership.already-member");
        }
    }

    private static MessageSourceResolvable label(Status status) {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("membership.reason-required");
        }
        return reason;
    }

    private void record(Action action, String reason, LocalDate effectiveOn, Instant at, String actor) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > REASON_MAX) {
            throw new RuleBroken("membership.reason-too-long", REASON_MAX);
        }
        history.add(new MembershipStep(at, action, actor, text, effectiveOn));
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Status status() {
        return status;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public long version() {
        return version;
    }

    public List<MembershipStep> history() {
        return List.copyOf(history);
    }
}
