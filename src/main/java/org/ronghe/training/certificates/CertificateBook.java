package org.ronghe.training.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.IdNumber;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNames;
import org.ronghe.core.SealedTable;
import org.ronghe.directory.Directory;
import org.ronghe.training.IdMatchGuard;
import org.ronghe.training.TrainingEvents.CertificateRecorded;
import org.ronghe.training.TrainingPersons;
import org.ronghe.training.enrolments.Enrolment;
import org.ronghe.training.enrolments.TrainingEnrolments;
import org.ronghe.training.figures.TrainingFigures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the skill certificates: recorded by their issuer (numbers unique, issuer and holder's organisation known), the
 * holder's name and ID number sealed; verified by number with the holder masked. Callers check who may record and read
 * ({@link CertificateAccess}).
 */
@Service
@Transactional
public class CertificateBook {

    static final String HOLDER_NAME = TrainingPersons.NAME;
    static final String HOLDER_ID = TrainingPersons.ID_NUMBER;

    /**
     * The holder's sealed name and ID number, for a key rotation (imported certificates are sealed alike); the bench's
     * certificates hold the placeholder {@code bench}.
     */
    @Bean
    static SealedTable sealedCertificates() {
        return SealedTable.of("certificates", "id")
                .sealed("holder_name_sealed", HOLDER_NAME)
                .sealed("holder_id_sealed", HOLDER_ID, "holder_id_fingerprint")
                .where("holder_id_sealed <> 'bench'");
    }

    private final Certificates certificates;
    private final Directory directory;
    private final PersonalDataCipher cipher;
    private final TrainingEnrolments enrolments;
    private final TrainingFigures figures;
    private final ApplicationEventPublisher events;
    private final IdMatchGuard guard;
    private final Clock clock;

    CertificateBook(
            Certificates certificates,
            Directory directory,
            PersonalDataCipher cipher,
            TrainingEnrolments enrolments,
            TrainingFigures figures,
            ApplicationEventPublisher events,
            IdMatchGuard guard,
            Clock clock) {
        this.certificates = certificates;
        this.directory = directory;
        this.cipher = cipher;
        this.enrolments = enrolments;
        this.figures = figures;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    /** What anyone may learn of a certificate from its number. */
    public record Verification(
            String number,
            String holder,
            CertificateKind kind,
            String level,
            String occupation,
            String occupationCode,
            String issuer,
            LocalDate issuedOn) {}

    /** @throws InvalidInput listing every problem, a number already recorded and unknown organisations included */
    public Certificate record(CertificateDraft draft) {
        CertificateDraft valid = checked(draft);
        Certificate.Holder holder = new Certificate.Holder(
                cipher.seal(HOLDER_NAME, valid.holderName()),
                PersonalNames.masked(valid.holderName()),
                cipher.seal(HOLDER_ID, valid.holderIdNumber()),
                cipher.fingerprint(HOLDER_ID, valid.holderIdNumber()),
                new IdNumber(valid.holderIdNumber()).masked());
        Long bodyId = valid.enrolmentId() == null ? null : earnedThrough(valid.enrolmentId(), holder.idFingerprint());
        Certificate certificate =
                certificates.save(Certificate.record(valid, holder, bodyId, clock.instant(), Actor.current()));
        figures.recorded(certificate.figureRows());
        events.publishEvent(new CertificateRecorded(
                certificate.id(),
                valid.number(),
                valid.issuerOrganisationId(),
                valid.kind() + (valid.level() == null ? "" : " " + valid.level()) + " " + valid.occupation()));
        return certificate;
    }

    /**
     * The body of the enrolment the certificate was earned through; the enrolment must be the holder's own. Whether the
     * number typed is that worker's is answered only within the user's misses ({@link IdMatchGuard}).
     */
    private Long earnedThrough(Long enrolmentId, String holderFingerprint) {
        String user = Actor.current();
        guard.requireMayMatch(user);
        Enrolment enrolment = enrolments
                .findById(enrolmentId)
                .orElseThrow(() -> new InvalidInput("enrolmentId", "training.certificate.enrolment-other"));
        if (!enrolment.idFingerprint().equals(holderFingerprint)) {
            guard.missed(user);
            throw new InvalidInput("enrolmentId", "training.certificate.enrolment-other");
        }
        return enrolment.bodyId();
    }

    /** The certificate with this number, as anyone may see it; empty when no issuer recorded it. */
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String number) {
        return certificates
                .findByNumber(CertificateDraft.normalised(number))
                .map(c -> new Verification(
                        c.number(),
                        c.holderNameMasked(),
                        c.kind(),
                        c.level(),
                        c.occupation(),
                        c.occupationCode(),
                        directory.names(List.of(c.issuerId())).get(c.issuerId()),
                        c.issuedOn()));
    }

    @Transactional(readOnly = true)
    public Certificate get(Long id) {
        return certificates.findById(id).orElseThrow(() -> new NotFound("certificate", id));
    }

    /** The latest 200 certificates an organisation issued. */
    @Transactional(readOnly = true)
    public List<Certificate> issuedBy(Long issuerId) {
        return certificates.findTop200ByIssuerIdOrderByIssuedOnDescIdDesc(issuerId);
    }

    /** The latest 50 certificates of the person with this ID-number fingerprint (as training keeps it). */
    @Transactional(readOnly = true)
    public List<Certificate> heldBy(String idFingerprint) {
        return certificates.findTop50ByHolderIdFingerprintOrderByIssuedOnDescIdDesc(idFingerprint);
    }

    /** The certificates of each of these people (by ID-number fingerprint), in one query, latest first. */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<Certificate>> heldBy(java.util.Collection<String> idFingerprints) {
        if (idFingerprints.isEmpty()) {
            return java.util.Map.of();
        }
        return certificates.findByHolderIdFingerprintInOrderByIssuedOnDescIdDesc(idFingerprints).stream()
                .collect(java.util.stream.Collectors.groupingBy(Certificate::holderIdFingerprint));
    }

    private CertificateDraft checked(CertificateDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        CertificateDraft valid = draft;
        try {
            valid = draft.validate(LocalDate.now(clock));
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (certificates.existsByNumber(CertificateDraft.normalised(draft.number()))) {
            problems.add(new FieldProblem("number", "training.certificate.number-taken"));
        }
        var known = directory.summaries(Stream.of(draft.issuerOrganisationId(), draft.holderOrganisationId())
                .filter(Objects::nonNull)
                .toList());
        if (draft.issuerOrganisationId() != null && !known.containsKey(draft.issuerOrganisationId())) {
            problems.add(new FieldProblem("issuerOrganisationId", "training.certificate.organisation-unknown"));
        }
        if (draft.holderOrganisationId() != null && !known.containsKey(draft.holderOrganisationId())) {
            problems.add(new FieldProblem("holderOrganisationId", "training.certificate.organisation-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }
}
