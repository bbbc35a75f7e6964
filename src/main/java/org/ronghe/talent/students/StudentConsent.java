package org.ronghe.talent.students;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A student's consent to share personal data with one organisation, from when it was given until it was withdrawn. Part
 * of the {@link Student} aggregate; kept after withdrawal as the record of what was allowed when.
 */
@Entity
@Table(name = "student_consents")
public class StudentConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;

    private Instant grantedAt;

    private String grantedBy;

    private Instant withdrawnAt;

    private String withdrawnBy;

    protected StudentConsent() {}

    StudentConsent(Long organisationId, Instant at, String by) {
        this.organisationId = organisationId;
        this.grantedAt = at;
        this.grantedBy = by;
    }

    void withdraw(Instant at, String by) {
        withdrawnAt = at;
        withdrawnBy = by;
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
