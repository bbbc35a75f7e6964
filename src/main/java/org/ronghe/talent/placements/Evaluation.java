package org.ronghe.talent.placements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mid-term or final evaluation of an internship by one side: the enterprise's mentor or the school's supervisor. Part
 * of the {@link Internship} aggregate; one per stage and side.
 */
@Entity
@Table(name = "internship_evaluations")
public class Evaluation {

    /** When in the internship. */
    public enum Stage {
        MIDTERM,
        FINAL
    }

    /** Who evaluates: the enterprise (its mentor) or the school (its supervisor). */
    public enum Side {
        ENTERPRISE,
        SCHOOL
    }

    /** The grade given. */
    public enum Grade {
        EXCELLENT,
        GOOD,
        PASS,
        FAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String comment;

    private String evaluatedBy;

    private Instant evaluatedAt;

    protected Evaluation() {}

    Evaluation(Stage stage, Side side, Grade grade, String comment, String by, Instant at) {
        this.stage = stage;
        this.side = side;
        this.grade = grade;
        this.comment = comment;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    public Stage stage() {
        return stage;
    }

    public Side side() {
        return side;
    }

    public Grade grade() {
        return grade;
    }

    public String comment() {
        return comment;
    }

    public String evaluatedBy() {
        return evaluatedBy;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }
}
