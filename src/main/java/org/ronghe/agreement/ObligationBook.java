package org.ronghe.agreement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ronghe.agreement.AgreementEvents.ObligationConfirmed;
import org.ronghe.agreement.AgreementEvents.ObligationDisputed;
import org.ronghe.agreement.AgreementEvents.ObligationPromised;
import org.ronghe.agreement.AgreementEvents.ObligationReported;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.core.files.FileStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the obligations of agreements: promises, reports with evidence, and confirmations or disputes by another party.
 * Acting for an organisation needs that organisation to be a party; callers check the user may act for it
 * ({@link AgreementAccess#canActFor}). Every step touches the agreement (it is not dormant) and is published.
 */
@Service
@Transactional
public class ObligationBook {

    private final Obligations obligations;
    private final AgreementBook agreements;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ObligationBook(
            Obligations obligations,
            AgreementBook agreements,
            FileStore files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.obligations = obligations;
        this.agreements = agreements;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInput when the draft is incomplete or its party is not a party to the agreement */
    public Obligation promise(Long agreementId, ObligationDraft draft) {
        ObligationDraft valid = draft.validate();
        Agreement agreement = agreements.get(agreementId);
        agreement.requireOpen();
        if (!agreement.hasParty(valid.partyId())) {
            throw new InvalidInput(List.of(new FieldProblem("partyId", "obligation.party.not-a-party")));
        }
        Instant now = clock.instant();
        Obligation obligation = obligations.save(Obligation.promise(
                agreementId,
                valid.partyId(),
                valid.description(),
                valid.target(),
                valid.unit(),
                valid.cadence(),
                valid.dueOn(),
                now));
        agreement.touch(now);
        events.publishEvent(new ObligationPromised(agreementId, obligation.id(), valid.partyId()));
        return obligation;
    }

    /** The obligated party reports; the evidence file (PDF or Word) is optional. */
    public Obligation report(
            Long id,
            long expectedVersion,
            Long byOrganisation,
            BigDecimal achieved,
            String note,
            String fileName,
            InputStream evidence) {
        Obligation obligation = get(id, expectedVersion);
        Agreement agreement = running(obligation);
        UUID file = evidence == null
                ? null
                : files.storeDocument(fileName, evidence).id();
        Instant now = clock.instant();
        obligation.report(byOrganisation, achieved, note, file, now, Actor.current());
        agreement.touch(now);
        events.publishEvent(new ObligationReported(agreement.id(), id, obligation.partyId()));
        return obligation;
    }

    /** Another party confirms the report. */
    public Obligation confirm(Long id, long expectedVersion, Long byOrganisation) {
        Obligation obligation = get(id, expectedVersion);
        Agreement agreement = running(obligation);
        requireParty(agreement, byOrganisation);
        LocalDate period = obligation.dueOn();
        Instant now = clock.instant();
        obligation.confirm(byOrganisation, now, Actor.current());
        agreement.touch(now);
        events.publishEvent(new ObligationConfirmed(agreement.id(), id, obligation.partyId(), byOrganisation, period));
        return obligation;
    }

    /** Another party disputes the report, with a reason. */
    public Obligation dispute(Long id, long expectedVersion, Long byOrganisation, String reason) {
        Obligation obligation = get(id, expectedVersion);
        Agreement agreement = running(obligation);
        requireParty(agreement, byOrganisation);
        Instant now = clock.instant();
        obligation.dispute(byOrganisation, reason, now, Actor.current());
        agreement.touch(now);
        events.publishEvent(new ObligationDisputed(agreement.id(), id, byOrganisation, reason.strip()));
        return obligation;
    }

    @Transactional(readOnly = true)
    public List<Obligation> of(Long agreementId) {
        return obligations.findByAgreementIdOrderByDueOnAscIdAsc(agreementId);
    }

    /** Whether the file was reported as evidence for this obligation. */
    @Transactional(readOnly = true)
    public boolean isEvidence(Long id, UUID fileId) {
        return get(id).history().stream().anyMatch(e -> fileId.equals(e.fileId()));
    }

    @Transactional(readOnly = true)
    public Obligation get(Long id) {
        return obligations.findById(id).orElseThrow(() -> new NotFound("obligation", id));
    }

    private Obligation get(Long id, long expectedVersion) {
        Obligation obligation = get(id);
        Versions.require("obligation", id, obligation.version(), expectedVersion);
        return obligation;
    }

    /** Promises are kept while the agreement is signed or in force. */
    private Agreement running(Obligation obligation) {
        Agreement agreement = agreements.get(obligation.agreementId());
        if (!agreement.status().isRunning()) {
            throw new RuleBroken("obligation.agreement-not-running");
        }
        return agreement;
    }

    private static void requireParty(Agreement agreement, Long organisation) {
        if (organisation == null || !agreement.hasParty(organisation)) {
            throw new RuleBroken("obligation.not-a-party");
        }
    }
}
