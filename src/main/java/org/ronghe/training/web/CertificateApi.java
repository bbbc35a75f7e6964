package org.ronghe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.NotFound;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.certificates.CertificateDraft;
import org.ronghe.training.certificates.CertificateKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Skill certificates: recorded by the issuer's admins (the holder's name and ID number sealed; answers show them
 * masked), read by the issuer and the holder's enterprise or school, verified by number by anyone.
 */
@RestController
@Tag(name = "Certificates", description = "Skill certificates recorded by their issuers and verifiable by number")
class CertificateApi {

    private final CertificateBook book;
    private final CertificateVerifications verifications;

    CertificateApi(CertificateBook book, CertificateVerifications verifications) {
        this.book = book;
        this.verifications = verifications;
    }

    /** A certificate as its issuer and the holder's organisation see it: the holder masked. */
    record CertificateView(
            Long id,
            String number,
            CertificateKind kind,
            String level,
            String occupation,
            String occupationCode,
            Long issuerOrganisationId,
            LocalDate issuedOn,
            Certificate.HolderKind holderKind,
            Long holderOrganisationId,
            String holderName,
            String holderIdNumber,
            Long enrolmentId,
            Long bodyId) {
        static CertificateView of(Certificate c) {
            return new CertificateView(
                    c.id(),
                    c.number(),
                    c.kind(),
                    c.level(),
                    c.occupation(),
                    c.occupationCode(),
                    c.issuerId(),
                    c.issuedOn(),
                    c.holderKind(),
                    c.holderOrganisationId(),
                    c.holderNameMasked(),
                    c.holderIdMasked(),
                    c.enrolmentId(),
                    c.bodyId());
        }
    }

    @PostMapping("/api/v1/certificates")
    @PreAuthorize("@certificateAccess.canRecord(#draft)")
    @Operation(
            summary = "Record a certificate the caller's organisation issued; 400 listing every problem (number "
                    + "taken, level of the kind, occupation code, ID number check digit)")
    ResponseEntity<CertificateView> record(@RequestBody CertificateDraft draft) {
        Certificate certificate = book.record(draft);
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + certificate.id()))
                .body(CertificateView.of(certificate));
    }

    @GetMapping("/api/v1/certificates")
    @PreAuthorize("@certificateAccess.canListIssued(#issuerId)")
    @Operation(summary = "The latest 200 certificates an organisation issued, holders masked")
    List<CertificateView> issued(@RequestParam Long issuerId) {
        return book.issuedBy(issuerId).stream().map(CertificateView::of).toList();
    }

    @GetMapping("/api/v1/certificates/{id}")
    @PreAuthorize("@certificateAccess.canRead(#id)")
    @Operation(summary = "One certificate, the holder masked")
    CertificateView get(@PathVariable Long id) {
        return CertificateView.of(book.get(id));
    }

    @GetMapping("/api/v1/certificates/verify/{number}")
    @Operation(
            summary = "Anyone: the certificate with this number — masked holder, kind, level, occupation, issuer, "
                    + "date; 404 when no issuer recorded it")
    CertificateBook.Verification verify(@PathVariable String number) {
        return verifications.of(number).orElseThrow(() -> new NotFound("certificate", number));
    }
}
