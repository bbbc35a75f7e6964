package org.ronghe.community;

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

/** An organisation's membership of a body. */
@Entity
@Table(name = "memberships")
public class Membership {

    public enum Status { ACTIVE, SUSPENDED, WITHDRAWN }

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

    protected Membership() {
    }

    /** The secretariat admits an organisation directly. */
    public static Membership admit(Long bodyId, Long organisationId, LocalDate joinedOn) {
        Membership membership = new Membership();
        membership.bodyId = bodyId;
        membership.organisationId = organisationId;
        membership.status = Status.ACTIVE;
        membership.joinedOn = joinedOn;
        membership.createdAt = Instant.now();
        return membership;
    }

    public Long id() { return id; }

    public Long bodyId() { return bodyId; }

    public Long organisationId() { return organisationId; }

    public Status status() { return status; }

    public LocalDate joinedOn() { return joinedOn; }
}
