package org.ronghe.training.web;

import java.time.LocalDate;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateDraft;
import org.ronghe.training.certificates.CertificateKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The form an issuer records a certificate with, as typed. */
public class CertificateForm {

    private Long issuerOrganisationId;
    private Long enrolmentId;
    private String number;
    private CertificateKind kind = CertificateKind.SKILL_LEVEL;
    private String level;
    private String occupation;
    private String occupationCode;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    private Certificate.HolderKind holderKind = Certificate.HolderKind.WORKER;
    private Long holderOrganisationId;
    private String holderName;
    private String holderIdNumber;

    CertificateDraft draft() {
        return new CertificateDraft(
                number,
                kind,
                level == null || level.isBlank() ? null : level,
                occupation,
                occupationCode,
                issuerOrganisationId,
                issuedOn,
                holderKind,
                holderOrganisationId,
                holderName,
                holderIdNumber,
                enrolmentId);
    }

    public Long getIssuerOrganisationId() {
        return issuerOrganisationId;
    }

    public void setIssuerOrganisationId(Long issuerOrganisationId) {
        this.issuerOrganisationId = issuerOrganisationId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public void setKind(CertificateKind kind) {
        this.kind = kind;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getOccupationCode() {
        return occupationCode;
    }

    public void setOccupationCode(String occupationCode) {
        this.occupationCode = occupationCode;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public Certificate.HolderKind getHolderKind() {
        return holderKind;
    }

    public void setHolderKind(Certificate.HolderKind holderKind) {
        this.holderKind = holderKind;
    }

    public Long getHolderOrganisationId() {
        return holderOrganisationId;
    }

    public void setHolderOrganisationId(Long holderOrganisationId) {
        this.holderOrganisationId = holderOrganisationId;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getHolderIdNumber() {
        return holderIdNumber;
    }

    public void setHolderIdNumber(String holderIdNumber) {
        this.holderIdNumber = holderIdNumber;
    }
}
