package org.ronghe.talent.placements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ronghe.core.RuleBroken;
import org.ronghe.talent.placements.Evaluation.Grade;
import org.ronghe.talent.placements.Evaluation.Side;
import org.ronghe.talent.placements.Evaluation.Stage;
import org.ronghe.talent.students.Student;

/**
 * A student's internship (岗位实习) at an enterprise, recorded by the school with the three-party agreement, and evaluated
 * mid-term and at the end by the enterprise's mentor and the school's supervisor. No check-ins: it counts as an
 * internship once the enterprise has evaluated it.
 */
@Entity
@Table(name = "internships")
public class Internship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long studentId;

    private Long schoolId;

    private Long programmeId;

    private Long cohortId;

    private Long enterpriseId;

    private String post;

    private String mentor;

    private String supervisor;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private UUID agreementFileId;

    private String agreementFileName;

    private Instant createdAt;

    /** When the enterprise first evaluated the internship; kept beside the evaluations for the workbench's index. */
    private Instant confirmedAt;

    private String createdBy;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "internship_id", nullable = false, updatable = false)
    @OrderBy("evaluatedAt")
    private List<Evaluation> evaluations = new ArrayList<>();

    protected Internship() {}

    static Internship record(InternshipDraft valid, Student student, Instant at, String by) {
        Internship internship = new Internship();
        internship.studentId = student.id();
        internship.schoolId = student.schoolId();
        internship.programmeId = student.programmeId();
        internship.cohortId = student.cohortId();
        internship.enterpriseId = valid.enterpriseId();
        internship.post = valid.post();
        internship.mentor = valid.mentor();
        internship.supervisor = valid.supervisor();
        internship.startsOn = valid.startsOn();
        internship.endsOn = valid.endsOn();
        internship.createdAt = at;
        internship.createdBy = by;
        return internship;
    }

    /** Files the signed three-party agreement (school, enterprise, student); a later one replaces it. */
    void fileAgreement(UUID fileId, String fileName) {
        agreementFileId = fileId;
        agreementFileName = fileName;
    }

    /** One side's evaluation for one stage; a final one needs that side's mid-term one first. */
    void evaluate(Stage stage, Side side, Grade grade, String comment, Instant at, String by) {
        if (evaluation(stage, side) != null) {
            throw new RuleBroken("talent.evaluation.exists");
        }
        if (stage == Stage.FINAL && evaluation(Stage.MIDTERM, side) == null) {
            throw new RuleBroken("talent.evaluation.midterm-first");
        }
        evaluations.add(new Evaluation(stage, side, grade, comment, by, at));
        if (side == Side.ENTERPRISE && confirmedAt == null) {
            confirmedAt = at;
        }
    }

    public Evaluation evaluation(Stage stage, Side side) {
        return evaluations.stream()
                .filter(e -> e.stage() == stage && e.side() == side)
                .findFirst()
                .orElse(null);
    }

    /** Confirmed by the enterprise: its mentor has evaluated the internship. */
    public boolean confirmed() {
        return evaluations.stream().anyMatch(e -> e.side() == Side.ENTERPRISE);
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

    public String mentor() {
        return mentor;
    }

    public String supervisor() {
        return supervisor;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public UUID agreementFileId() {
        return agreementFileId;
    }

    public String agreementFileName() {
        return agreementFileName;
    }

    public List<Evaluation> evaluations() {
        return List.copyOf(evaluations);
    }

    public long version() {
        return version;
    }
}
