package org.ronghe.training.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateKind;
import org.ronghe.training.enrolments.Enrolment;

/** An enrolment as the API shows it: the worker masked, both sides' word, the worker's certificates by number. */
record EnrolmentView(
        Long id,
        Long sessionId,
        Long enterpriseId,
        Long providerId,
        String workerName,
        String idNumber,
        String mobile,
        String purpose,
        Instant consentAt,
        Integer hoursAttended,
        Enrolment.Result result,
        Enrolment.Confirmation confirmation,
        String disputeReason,
        LocalDate completedOn,
        List<CertificateRef> certificates,
        long version) {

    /** A certificate the worker holds. */
    record CertificateRef(String number, CertificateKind kind, String level, String occupation, LocalDate issuedOn) {
        static CertificateRef of(Certificate c) {
            return new CertificateRef(c.number(), c.kind(), c.level(), c.occupation(), c.issuedOn());
        }
    }

    static EnrolmentView of(Enrolment e, List<Certificate> certificates) {
        return new EnrolmentView(
                e.id(),
                e.sessionId(),
                e.enterpriseId(),
                e.providerId(),
                e.workerNameMasked(),
                e.idMasked(),
                e.mobileMasked(),
                e.purpose(),
                e.consentAt(),
                e.hoursAttended(),
                e.result(),
                e.confirmation(),
                e.disputeReason(),
                e.completedOn(),
                certificates.stream().map(CertificateRef::of).toList(),
                e.version());
    }
}
