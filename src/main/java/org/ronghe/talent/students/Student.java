package org.ronghe.talent.students;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.ronghe.core.RuleBroken;

/**
 * A student of a member school. The ID and mobile numbers are held only sealed, fingerprinted and masked: the entity
 * never sees them in clear (the {@link StudentBook} seals them). Consents to share personal data with organisations are
 * given and withdrawn here, with their history.
 */
@Entity
@Table(name = "students")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long schoolId;

    private Long programmeId;

    private Long cohortId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String idNumberSealed;

    private String idNumberFingerprint;

    private String idNumberMasked;

    private String mobileSealed;

    private String mobileFingerprint;

    private String mobileMasked;

    private String major;

    private String className;

    private LocalDate expectedGraduation;

    private boolean synthetic;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    @OrderBy("grantedAt")
    private List<StudentConsent> consents = new ArrayList<>();

    protected Student() {}

    /** The sealed forms of the personal identifiers, as the registry produced them. */
    public record Sealed(
            String idNumber,
            String idNumberFingerprint,
            String idNumberMasked,
            String mobile,
            String mobileFingerprint,
            String mobileMasked) {}

    static Student enrol(StudentDraft details, Sealed sealed, Instant at, String by) {
        Student student = new Student();
        student.schoolId = details.schoolId();
        student.apply(details, sealed);
        student.createdAt = at;
        student.createdBy = by;
        return student;
    }

    /** New details; the school stays (a student who moves is enrolled by the new school). */
    void revise(StudentDraft details, Sealed sealed) {
        if (!schoolId.equals(details.schoolId())) {
            throw new RuleBroken("talent.student.school-fixed");
        }
        apply(details, sealed);
    }

    /** The student agrees to share personal data with the organisation, until withdrawn. */
    void consentTo(Long organisationId, Instant at, String by) {
        if (hasConsented(organisationId)) {
            throw new RuleBroken("talent.consent.already");
        }
        consents.add(new StudentConsent(organisationId, at, by));
    }

    /** Withdraws the consent given to the organisation; it takes effect at once. */
    void withdrawConsent(Long organisationId, Instant at, String by) {
        StudentConsent consent = consents.stream()
                .filter(c -> c.active() && c.organisationId().equals(organisationId))
                .findFirst()
                .orElseThrow(() -> new RuleBroken("talent.consent.none.active"));
        consent.withdraw(at, by);
    }

    public boolean hasConsented(Long organisationId) {
        return consents.stream().anyMatch(c -> c.active() && c.organisationId().equals(organisationId));
    }

    private void apply(StudentDraft details, Sealed sealed) {
        programmeId = details.programmeId();
        cohortId = details.cohortId();
        name = details.name();
        gender = details.gender();
        idNumberSealed = sealed.idNumber();
        idNumberFingerprint = sealed.idNumberFingerprint();
        idNumberMasked = sealed.idNumberMasked();
        mobileSealed = sealed.mobile();
        mobileFingerprint = sealed.mobileFingerprint();
        mobileMasked = sealed.mobileMasked();
        major = details.major();
        className = details.className();
        expectedGraduation = details.expectedGraduation();
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long programmeId() {
        return programmeId;
    }

    public Long cohortId() {
        return cohortId;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public String mobileMasked() {
        return mobileMasked;
    }

    String idNumberSealed() {
        return idNumberSealed;
    }

    String mobileSealed() {
        return mobileSealed;
    }

    String idNumberFingerprint() {
        return idNumberFingerprint;
    }

    String mobileFingerprint() {
        return mobileFingerprint;
    }

    public String major() {
        return major;
    }

    public String className() {
        return className;
    }

    public LocalDate expectedGraduation() {
        return expectedGraduation;
    }

    public List<StudentConsent> consents() {
        return List.copyOf(consents);
    }

    public long version() {
        return version;
    }
}
