package org.ronghe.research.studios;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A training session a studio gave, as its host records it: date, topic, how many took part (人次), hours. */
@Entity
@Table(name = "research_studio_trainings")
public class StudioTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long studioId;

    private LocalDate heldOn;

    private String topic;

    private int participants;

    private BigDecimal hours;

    private Instant recordedAt;

    private String recordedBy;

    protected StudioTraining() {}

    static StudioTraining record(Long studioId, StudioTrainingDraft valid, Instant at, String actor) {
        StudioTraining t = new StudioTraining();
        t.studioId = studioId;
        t.heldOn = valid.heldOn();
        t.topic = valid.topic();
        t.participants = valid.participants();
        t.hours = valid.hours();
        t.recordedAt = at;
        t.recordedBy = actor;
        return t;
    }

    public Long id() {
        return id;
    }

    public Long studioId() {
        return studioId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String topic() {
        return topic;
    }

    public int participants() {
        return participants;
    }

    public BigDecimal hours() {
        return hours;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
