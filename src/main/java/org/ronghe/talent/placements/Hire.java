package org.ronghe.talent.placements;

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
import org.ronghe.talent.students.Student;

/**
 * An offer and a hire: recorded by the school, confirmed (or disputed, with a reason) by the employer. Only a confirmed
 * hire counts in confirmed figures. Whether the job is local (same city as the school) or in the province is derived
 * from the work place's region code when it is known.
 */
@Entity
@Table(name = "hires")
public class Hire {

    /** OFFERED → HIRED → CONFIRMED or DISPUTED; a disputed hire corrected by the school is HIRED again. */
    public enum Status {
        OFFERED,
        HIRED,
        CONFIRMED,
        DISPUTED;

        public String messageKey() {
            return "talent.hire.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long studentId;

    private Long schoolId;

    private Long programmeId;

    private Long cohortId;

    private Long enterpriseId;

    private String post;

    private LocalDate offeredOn;

    private LocalDate hiredOn;

    private String workRegionCode;

    private Boolean local;

    private Boolean inProvince;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String disputeReason;

    private String decidedBy;

    private Instant decidedAt;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected Hire() {}

    /** Where the job is, compared with the school: same city (prefecture), same province, or unknown. */
    record Place(String workRegionCode, Boolean local, Boolean inProvince) {}

    static Hire offer(
            Student student, Long enterpriseId, String post, LocalDate offeredOn, Place place, Instant at, String by) {
        Hire hire = new Hire();
        hire.studentId = student.id();
        hire.schoolId = student.schoolId();
        hire.programmeId = student.programmeId();
        hire.cohortId = student.cohortId();
        hire.enterpriseId = enterpriseId;
        hire.post = post;
        hire.offeredOn = offeredOn;
        hire.workRegionCode = place.workRegionCode();
        hire.local = place.local();
        hire.inProvince = place.inProvince();
        hire.status = Status.OFFERED;
        hire.createdAt = at;
        hire.createdBy = by;
        return hire;
    }

    /** The work place compared again, after the school's (or the employer's) region changed; true when it moved. */
    boolean relocate(Place place) {
        boolean moved = !java.util.Objects.equals(local, place.local())
                || !java.util.Objects.equals(inProvince, place.inProvince());
        workRegionCode = place.workRegionCode();
        local = place.local();
        inProvince = place.inProvince();
        return moved;
    }

    /** The school records that the student was hired (again, after correcting a disputed record). */
    void hired(LocalDate on) {
        if (status != Status.OFFERED && status != Status.DISPUTED) {
            throw new RuleBroken("talent.hire.not-open");
        }
        if (on == null) {
            throw new RuleBroken("talent.hire.date-required");
        }
        if (on.isBefore(offeredOn)) {
            throw new RuleBroken("talent.hire.before-offer");
        }
        hiredOn = on;
        status = Status.HIRED;
        disputeReason = null;
    }

    /** The employer confirms the hire. */
    void confirm(Instant at, String by) {
        requireHired();
        status = Status.CONFIRMED;
        decidedAt = at;
        decidedBy = by;
    }

    /** The employer disputes it, saying why. */
    void dispute(String reason, Instant at, String by) {
        requireHired();
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("talent.hire.reason-required");
        }
        status = Status.DISPUTED;
        disputeReason = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
        decidedAt = at;
        decidedBy = by;
    }

    private void requireHired() {
        if (status != Status.HIRED) {
            throw new RuleBroken("talent.hire.not-hired");
        }
    }

    public Long id() {
        return id;
    }

    public Long studentId() {
        return studentId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long programmeId() {
        return programmeId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String post() {
        return post;
    }

    public LocalDate offeredOn() {
        return offeredOn;
    }

    public LocalDate hiredOn() {
        return hiredOn;
    }

    public String workRegionCode() {
        return workRegionCode;
    }

    public Boolean local() {
        return local;
    }

    public Boolean inProvince() {
        return inProvince;
    }

    public Status status() {
        return status;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
