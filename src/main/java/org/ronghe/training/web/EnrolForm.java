package org.ronghe.training.web;

import org.ronghe.training.enrolments.EnrolmentDraft;

/** The form enrolling a worker, as typed; the numbers typed go back only to the one who typed them. */
public class EnrolForm {

    private Long enterpriseId;
    private String workerName;
    private String idNumber;
    private String mobile;
    private boolean consent;
    private String purpose;

    EnrolmentDraft draft(Long sessionId) {
        return new EnrolmentDraft(sessionId, enterpriseId, workerName, idNumber, mobile, consent, purpose);
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getWorkerName() {
        return workerName;
    }

    public void setWorkerName(String workerName) {
        this.workerName = workerName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
