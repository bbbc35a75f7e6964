package org.ronghe.community;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A version of a body's charter (章程): title, when and by which meeting adopted, and the document. */
@Entity
@Table(name = "charter_versions")
public class CharterVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private LocalDate adoptedOn;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Embedded
    private Document document;

    private Instant recordedAt;

    private String recordedBy;

    protected CharterVersion() {}

    CharterVersion(String title, LocalDate adoptedOn, Long meetingId, Document document, Instant at, String actor) {
        this.title = title;
        this.adoptedOn = adoptedOn;
        this.meetingId = meetingId;
        this.document = document;
        this.recordedAt = at;
        this.recordedBy = actor;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Document document() {
        return document;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
