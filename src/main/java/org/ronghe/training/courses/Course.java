package org.ronghe.training.courses;

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
import org.ronghe.core.RuleBroken;

/**
 * A course a school or institute offers the body's enterprises for their workers, listed in the capability catalogue
 * while it is offered. Sessions are scheduled under it; withdrawn courses take no new sessions.
 */
@Entity
@Table(name = "training_courses")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private Long providerId;

    @Enumerated(EnumType.STRING)
    private TrainingKind kind;

    private String title;

    private String skills;

    private int hours;

    @Enumerated(EnumType.STRING)
    private TrainingMode mode;

    private int capacity;

    private BigDecimal price;

    private Long capabilityId;

    private Instant offeredAt;

    private String offeredBy;

    private Instant withdrawnAt;

    @Version
    private long version;

    protected Course() {}

    static Course offer(CourseDraft valid, Instant at, String actor) {
        Course c = new Course();
        c.bodyId = valid.bodyId();
        c.providerId = valid.providerId();
        c.describe(valid);
        c.offeredAt = at;
        c.offeredBy = actor;
        return c;
    }

    /** New terms; the body and the provider stay. */
    void revise(CourseDraft valid) {
        requireOffered();
        if (!bodyId.equals(valid.bodyId()) || !providerId.equals(valid.providerId())) {
            throw new RuleBroken("training.course.owner-fixed");
        }
        describe(valid);
    }

    void listedAs(Long capability) {
        capabilityId = capability;
    }

    void withdraw(Instant at) {
        requireOffered();
        withdrawnAt = at;
    }

    void requireOffered() {
        if (withdrawnAt != null) {
            throw new RuleBroken("training.course.withdrawn");
        }
    }

    private void describe(CourseDraft valid) {
        kind = valid.kind();
        title = valid.title();
        skills = valid.skills();
        hours = valid.hours();
        mode = valid.mode();
        capacity = valid.capacity();
        price = valid.price();
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long providerId() {
        return providerId;
    }

    public TrainingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String skills() {
        return skills;
    }

    public int hours() {
        return hours;
    }

    public TrainingMode mode() {
        return mode;
    }

    public int capacity() {
        return capacity;
    }

    public BigDecimal price() {
        return price;
    }

    public Long capabilityId() {
        return capabilityId;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public long version() {
        return version;
    }

    /** The draft that would describe this course as it is, for a revision form. */
    public CourseDraft asDraft() {
        return new CourseDraft(bodyId, providerId, kind, title, skills, hours, mode, capacity, price);
    }
}
