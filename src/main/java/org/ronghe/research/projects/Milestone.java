package org.ronghe.research.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.ronghe.core.RuleBroken;

/**
 * A milestone of a project and what it delivers: a performing party reports it done; a client party accepts it (验收) or
 * returns it with a reason, after which it can be reported again.
 */
@Entity
@Table(name = "research_milestones")
public class Milestone {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 1000;

    /** Planned, submitted by a performer, then accepted or returned by a client. */
    public enum Status {
        PLANNED,
        SUBMITTED,
        ACCEPTED,
        RETURNED;

        public String messageKey() {
            return "research.milestone.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    private String title;

    private String deliverable;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant submittedAt;

    private Long submittedBy;

    private Instant decidedAt;

    private Long decidedBy;

    private String returnReason;

    @Version
    private long version;

    protected Milestone() {}

    static Milestone plan(Long projectId, String title, String deliverable, LocalDate dueOn) {
        if (title == null || title.isBlank()) {
            throw new org.ronghe.core.InvalidInput("title", "research.milestone.title-required");
        }
        if (title.strip().length() > TITLE_MAX
                || (deliverable != null && deliverable.strip().length() > TEXT_MAX)) {
            throw new org.ronghe.core.InvalidInput("title", "research.milestone.too-long");
        }
        Milestone m = new Milestone();
        m.projectId = projectId;
        m.title = title.strip();
        m.deliverable = deliverable == null || deliverable.isBlank() ? null : deliverable.strip();
        m.dueOn = dueOn;
        m.status = Status.PLANNED;
        return m;
    }

    /** A performing party reports the milestone reached and its deliverable handed over. */
    void submit(ProjectRole byRole, Long byOrganisation, Instant at) {
        if (byRole == null || byRole == ProjectRole.CLIENT) {
            throw new RuleBroken("research.milestone.performer-only");
        }
        if (status != Status.PLANNED && status != Status.RETURNED) {
            throw new RuleBroken("research.milestone.not-open");
        }
        status = Status.SUBMITTED;
        submittedAt = at;
        submittedBy = byOrganisation;
    }

    /** A client party accepts the deliverable, or returns it saying why. */
    void decide(ProjectRole byRole, Long byOrganisation, boolean accepted, String reason, Instant at) {
        if (byRole != ProjectRole.CLIENT) {
            throw new RuleBroken("research.milestone.client-only");
        }
        if (status != Status.SUBMITTED) {
            throw new RuleBroken("research.milestone.not-submitted");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new RuleBroken("research.milestone.return.reason-required");
        }
        if (!accepted && reason.strip().length() > TEXT_MAX) {
            throw new RuleBroken("research.reason.too-long", TEXT_MAX);
        }
        status = accepted ? Status.ACCEPTED : Status.RETURNED;
        returnReason = accepted ? null : reason.strip();
        decidedAt = at;
        decidedBy = byOrganisation;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public String deliverable() {
        return deliverable;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public long version() {
        return version;
    }
}
