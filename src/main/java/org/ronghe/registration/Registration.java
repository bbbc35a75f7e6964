package org.ronghe.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.core.RuleBroken;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/** A unit's request to be on the platform: pending until verified (it becomes an organisation) or rejected. */
@Entity
@Table(name = "registrations")
public class Registration {

    /** Waiting for a verifier, verified, or rejected with a reason. */
    public enum Status {
        PENDING,
        VERIFIED,
        REJECTED;

        public String messageKey() {
            return "registration.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationName;

    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;

    @Enumerated(EnumType.STRING)
    private SchoolLevel schoolLevel;

    private String creditCode;

    private String regionCode;

    private String industry;

    private Long bodyId;

    private UUID licenceFileId;

    private String contactName;

    private String contactMobile;

    private String contactMobileMasked;

    private String contactEmail;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String reason;

    private Long organisationId;

    private Instant createdAt;

    private Instant decidedAt;

    private String decidedBy;

    @Version
    private long version;

    protected Registration() {}

    Registration(RegistrationForm.Checked form, UUID licence, String sealedMobile, Long accountId, Instant now) {
        this.organisationName = form.name();
        this.organisationType = form.type();
        this.schoolLevel = form.schoolLevel();
        this.creditCode = form.creditCode().value();
        this.regionCode = form.region().value();
        this.industry = form.industry();
        this.bodyId = form.bodyId();
        this.licenceFileId = licence;
        this.contactName = form.contactName();
        this.contactMobile = sealedMobile;
        this.contactMobileMasked = form.mobile().masked();
        this.contactEmail = form.contactEmail();
        this.accountId = accountId;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    void verify(Long organisation, String by, Instant at) {
        requirePending();
        this.organisationId = organisation;
        decide(Status.VERIFIED, null, by, at);
    }

    void reject(String why, String by, Instant at) {
        requirePending();
        decide(Status.REJECTED, why, by, at);
    }

    private void decide(Status to, String why, String by, Instant at) {
        this.status = to;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new RuleBroken("registration.already-decided");
        }
    }

    public Long id() {
        return id;
    }

    public String organisationName() {
        return organisationName;
    }

    public OrganisationType organisationType() {
        return organisationType;
    }

    public SchoolLevel schoolLevel() {
        return schoolLevel;
    }

    public String creditCode() {
        return creditCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String industry() {
        return industry;
    }

    public Optional<Long> bodyId() {
        return Optional.ofNullable(bodyId);
    }

    public UUID licenceFileId() {
        return licenceFileId;
    }

    public String contactName() {
        return contactName;
    }

    String sealedMobile() {
        return contactMobile;
    }

    public String contactMobileMasked() {
        return contactMobileMasked;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Long accountId() {
        return accountId;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public long version() {
        return version;
    }
}
