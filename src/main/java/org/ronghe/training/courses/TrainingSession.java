package org.ronghe.training.courses;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A session of a course (or a cohort of apprentices) with its dates and place; the course's body, provider and places
 * are copied so that enrolments and figures need not read the course.
 */
@Entity
@Table(name = "training_sessions")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    private Long bodyId;

    private Long providerId;

    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    private TrainingKind kind;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String place;

    private int capacity;

    private int hours;

    private Instant scheduledAt;

    private String scheduledBy;

    protected TrainingSession() {}

    static TrainingSession schedule(Course course, SessionDraft valid, Instant at, String actor) {
        course.requireOffered();
        TrainingSession s = new TrainingSession();
        s.courseId = course.id();
        s.bodyId = course.bodyId();
        s.providerId = course.providerId();
        s.enterpriseId = valid.enterpriseId();
        s.kind = course.kind();
        s.startsOn = valid.startsOn();
        s.endsOn = valid.endsOn();
        s.place = valid.place();
        s.capacity = course.capacity();
        s.hours = course.hours();
        s.scheduledAt = at;
        s.scheduledBy = actor;
        return s;
    }

    public Long id() {
        return id;
    }

    public Long courseId() {
        return courseId;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long providerId() {
        return providerId;
    }

    /** The one enterprise this session trains workers or apprentices of; null when open to every member. */
    public Long enterpriseId() {
        return enterpriseId;
    }

    public TrainingKind kind() {
        return kind;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String place() {
        return place;
    }

    public int capacity() {
        return capacity;
    }

    public int hours() {
        return hours;
    }
}
