package org.ronghe.training.certificates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.training.figures.CertificateFigureRow;

/**
 * A skill certificate as its issuer recorded it: number, kind and level, occupation, date, and its holder — a worker of
 * an enterprise or a student of a school — whose name and ID number are kept sealed, with masked forms to show.
 */
@Entity
@Table(name = "certificates")
public class Certificate {

    /** Whom it was issued to: an employed worker, or a student. */
    public enum HolderKind {
        WORKER,
        STUDENT
    }

    /** The holder's personal data as kept: sealed, fingerprinted, masked. */
    public record Holder(
            String nameSealed, String nameMasked, String idSealed, String idFingerprint, String idMasked) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Enumerated(EnumType.STRING)
    private CertificateKind kind;

    private String level;

    private String occupation;

    private String occupationCode;

    private Long issuerId;

    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private HolderKind holderKind;

    private Long holderOrganisationId;

    private String holderNameSealed;

    private String holderNameMasked;

    private String holderIdSealed;

    private String holderIdFingerprint;

    private String holderIdMasked;

    private Long enrolmentId;

    private Long bodyId;

    private Instant recordedAt;

    private String recordedBy;

    protected Certificate() {}

    static Certificate record(CertificateDraft valid, Holder holder, Long bodyId, Instant at, String actor) {
        Certificate c = new Certificate();
        c.number = valid.number();
        c.kind = valid.kind();
        c.level = valid.level();
        c.occupation = valid.occupation();
        c.occupationCode = valid.occupationCode();
        c.issuerId = valid.issuerOrganisationId();
        c.issuedOn = valid.issuedOn();
        c.holderKind = valid.holderKind();
        c.holderOrganisationId = valid.holderOrganisationId();
        c.holderNameSealed = holder.nameSealed();
        c.holderNameMasked = holder.nameMasked();
        c.holderIdSealed = holder.idSealed();
        c.holderIdFingerprint = holder.idFingerprint();
        c.holderIdMasked = holder.idMasked();
        c.enrolmentId = valid.enrolmentId();
        c.bodyId = bodyId;
        c.recordedAt = at;
        c.recordedBy = actor;
        return c;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CertificateKind kind() {
        return kind;
    }

    /** The level's name (LEVEL_3, SENIOR…), or null for a kind without levels. */
    public String level() {
        return level;
    }

    public String occupation() {
        return occupation;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public Long issuerId() {
        return issuerId;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public HolderKind holderKind() {
        return holderKind;
    }

    public Long holderOrganisationId() {
        return holderOrganisationId;
    }

    public String holderNameMasked() {
        return holderNameMasked;
    }

    String holderIdFingerprint() {
        return holderIdFingerprint;
    }

    public String holderIdMasked() {
        return holderIdMasked;
    }

    /** The enrolment it was earned through, if any. */
    public Long enrolmentId() {
        return enrolmentId;
    }

    /** The body it counts in (its enrolment's), or null. */
    public Long bodyId() {
        return bodyId;
    }

    /** What this certificate adds to its body's figures: nothing when it counts in no body. */
    public List<CertificateFigureRow> figureRows() {
        return bodyId == null
                ? List.of()
                : CertificateFigureRow.of(bodyId, issuedOn, issuerId, holderOrganisationId, kind.name(), level);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
