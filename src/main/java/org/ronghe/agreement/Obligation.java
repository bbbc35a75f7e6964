package org.ronghe.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ronghe.agreement.ObligationStep.Action;
import org.ronghe.core.RuleBroken;

/**
 * What one party promised under an agreement, as a measurable target ("host 30 interns a year"), due once or every
 * year. It counts as kept only when another party confirms the party's report: a party cannot confirm its own. A yearly
 * obligation, once confirmed, is due again a year later.
 */
@Entity
@Table(name = "obligations")
public class Obligation {

    public static final int DESCRIPTION_MAX = 500;
    public static final int NOTE_MAX = 2000;

    /** Once, or every year from the first due date. */
    public enum Cadence {
        ONCE,
        YEARLY
    }

    /** Open until reported; reported until another party confirms (fulfilled) or disputes (reported again later). */
    public enum Status {
        OPEN,
        REPORTED,
        FULFILLED,
        DISPUTED;

        public String messageKey() {
            return "obligation.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long agreementId;

    private Long partyId;

    private String description;

    private BigDecimal target;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;

    private Instant lastActivityAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "obligation_events", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderColumn(name = "position")
    private List<ObligationStep> history = new ArrayList<>();

    protected Obligation() {}

    static Obligation promise(
            Long agreementId,
            Long partyId,
            String description,
            BigDecimal target,
            String unit,
            Cadence cadence,
            LocalDate dueOn,
            Instant at) {
        Obligation o = new Obligation();
        o.agreementId = agreementId;
        o.partyId = partyId;
        o.description = description;
        o.target = target;
        o.unit = unit;
        o.cadence = cadence == null ? Cadence.ONCE : cadence;
        o.dueOn = dueOn;
        o.status = Status.OPEN;
        o.createdAt = at;
        o.lastActivityAt = at;
        return o;
    }

    /** The obligated party says what it achieved, with a note and an evidence file if it has one. */
    void report(Long byOrganisation, BigDecimal achieved, String note, UUID evidence, Instant at, String actor) {
        if (!partyId.equals(byOrganisation)) {
            throw new RuleBroken("obligation.report.own-only");
        }
        if (status == Status.FULFILLED) {
            throw new RuleBroken("obligation.fulfilled");
        }
        if (achieved != null && achieved.signum() < 0) {
            throw new RuleBroken("obligation.achieved.negative");
        }
        record(Action.REPORTED, byOrganisation, achieved, clip(note), evidence, at, actor);
        status = Status.REPORTED;
    }

    /** Another party confirms the report: fulfilled, or for a yearly obligation due again a year later. */
    void confirm(Long byOrganisation, Instant at, String actor) {
        requireOtherPartyOnReport(byOrganisation);
        record(Action.CONFIRMED, byOrganisation, null, null, null, at, actor);
        if (cadence == Cadence.YEARLY) {
            dueOn = dueOn.plusYears(1);
            status = Status.OPEN;
        } else {
            status = Status.FULFILLED;
        }
    }

    /** Another party disputes the report, saying why; the obligated party can report again. */
    void dispute(Long byOrganisation, String reason, Instant at, String actor) {
        requireOtherPartyOnReport(byOrganisation);
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("obligation.dispute.reason-required");
        }
        record(Action.DISPUTED, byOrganisation, null, clip(reason.strip()), null, at, actor);
        status = Status.DISPUTED;
    }

    /** Not kept by its due date: not fulfilled, and the due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status != Status.FULFILLED && dueOn.isBefore(today);
    }

    private void requireOtherPartyOnReport(Long byOrganisation) {
        if (partyId.equals(byOrganisation)) {
            throw new RuleBroken("obligation.self-confirmation");
        }
        if (status != Status.REPORTED) {
            throw new RuleBroken("obligation.not-reported");
        }
    }

    private void record(
            Action action, Long organisation, BigDecimal achieved, String note, UUID file, Instant at, String actor) {
        history.add(new ObligationStep(at, action, actor, organisation, dueOn, achieved, note, file));
        lastActivityAt = at;
    }

    private static String clip(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new RuleBroken("obligation.note.too-long", NOTE_MAX);
        }
        return note.strip();
    }

    public Long id() {
        return id;
    }

    public Long agreementId() {
        return agreementId;
    }

    public Long partyId() {
        return partyId;
    }

    public String description() {
        return description;
    }

    public BigDecimal target() {
        return target;
    }

    public String unit() {
        return unit;
    }

    public Cadence cadence() {
        return cadence;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long version() {
        return version;
    }

    public List<ObligationStep> history() {
        return List.copyOf(history);
    }
}
