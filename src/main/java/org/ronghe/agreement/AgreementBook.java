package org.ronghe.agreement;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ronghe.agreement.AgreementEvents.AgreementCompleted;
import org.ronghe.agreement.AgreementEvents.AgreementDrafted;
import org.ronghe.agreement.AgreementEvents.AgreementExpired;
import org.ronghe.agreement.AgreementEvents.AgreementInForce;
import org.ronghe.agreement.AgreementEvents.AgreementRevised;
import org.ronghe.agreement.AgreementEvents.AgreementSigned;
import org.ronghe.agreement.AgreementEvents.AgreementTerminated;
import org.ronghe.agreement.AgreementEvents.DocumentAttached;
import org.ronghe.agreement.AgreementEvents.PartySigned;
import org.ronghe.community.Body;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the agreements: drafts, revisions and every step of their life, each published as an event (and so audited,
 * revisions with their terms before and after). Callers check who may act ({@link AgreementAccess}); this service
 * checks what may happen. Every change names the version its author read (409 when stale).
 */
@Service
@Transactional
public class AgreementBook {

    private final Agreements agreements;
    private final Directory directory;
    private final Community community;
    private final ApplicationEventPublisher events;
    private final FileStore files;
    private final JsonMapper json;
    private final Clock clock;

    AgreementBook(
            Agreements agreements,
            Directory directory,
            Community community,
            ApplicationEventPublisher events,
            FileStore files,
            JsonMapper json,
            Clock clock) {
        this.agreements = agreements;
        this.files = files;
        this.directory = directory;
        this.community = community;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem with the terms, unknown organisations, body or meeting included */
    public Agreement draft(AgreementDraft terms) {
        AgreementDraft valid = known(terms.validate());
        Agreement agreement = agreements.save(Agreement.draft(valid, clock.instant(), Actor.current()));
        events.publishEvent(new AgreementDrafted(agreement.id(), valid.bodyId(), describe(valid)));
        return agreement;
    }

    public Agreement revise(Long id, long expectedVersion, AgreementDraft terms) {
        Agreement agreement = get(id, expectedVersion);
        AgreementDraft valid = known(terms.validate());
        String before = describe(agreement.terms());
        agreement.revise(valid, clock.instant());
        events.publishEvent(
                new AgreementRevised(id, valid.bodyId(), "before: " + before + "\nafter: " + describe(valid)));
        return agreement;
    }

    /** What a party's signatory wrote down: the day, the place and their position. */
    public record Signing(LocalDate signedOn, String place, String signatoryPosition) {}

    /**
     * A party signs: its own admins for itself; anyone else allowed to edit the agreement (its body's secretariat) only
     * on the party's behalf with the signed scan (PDF or Word, checked by content). The agreement is signed once every
     * party has.
     *
     * @throws InvalidInput when the place or position is too long, or the scan is refused
     */
    public Agreement sign(
            Long id,
            long expectedVersion,
            Long organisationId,
            Signing signing,
            boolean onBehalf,
            String scanName,
            InputStream scan) {
        Agreement agreement = get(id, expectedVersion);
        String place = text(signing.place(), "place");
        String position = text(signing.signatoryPosition(), "signatoryPosition");
        UUID scanId = scan == null ? null : files.storeDocument(scanName, scan).id();
        agreement.sign(
                new Signature(
                        organisationId,
                        signing.signedOn(),
                        place,
                        position,
                        Actor.current(),
                        clock.instant(),
                        onBehalf,
                        scanId),
                clock.instant());
        if (scanId != null) {
            agreement.attach(new AgreementDocument(scanId, scanName, clock.instant(), Actor.current()));
        }
        events.publishEvent(new PartySigned(
                id,
                agreement.bodyId().orElse(null),
                organisationId,
                signing.signedOn(),
                onBehalf,
                agreement.unsigned().size()));
        signedByAllWhenDone(agreement);
        return agreement;
    }

    /** Records an agreement all parties signed on one day before it was entered (the demo's, one from paper). */
    public Agreement recordSignedByAll(Long id, long expectedVersion, LocalDate on, String place) {
        Agreement agreement = get(id, expectedVersion);
        agreement.signedByAll(on, place, Actor.current(), clock.instant());
        signedByAllWhenDone(agreement);
        return agreement;
    }

    private void signedByAllWhenDone(Agreement agreement) {
        if (agreement.status() == AgreementStatus.SIGNED) {
            events.publishEvent(new AgreementSigned(
                    agreement.id(),
                    agreement.bodyId().orElse(null),
                    agreement.signedOn().orElseThrow()));
        }
    }

    private static String text(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.strip().length() > Signature.TEXT_MAX) {
            throw new InvalidInput(
                    field, "input.too-long", Signature.TEXT_MAX, typed.strip().length());
        }
        return typed.strip();
    }

    public Agreement bringIntoForce(Long id, long expectedVersion) {
        Agreement agreement = get(id, expectedVersion);
        agreement.bringIntoForce(clock.instant());
        events.publishEvent(new AgreementInForce(id, agreement.bodyId().orElse(null)));
        return agreement;
    }

    public Agreement complete(Long id, long expectedVersion) {
        Agreement agreement = get(id, expectedVersion);
        agreement.complete(clock.instant());
        events.publishEvent(new AgreementCompleted(id, agreement.bodyId().orElse(null)));
        return agreement;
    }

    public Agreement terminate(Long id, long expectedVersion, String reason) {
        Agreement agreement = get(id, expectedVersion);
        agreement.terminate(reason, clock.instant());
        events.publishEvent(new AgreementTerminated(id, agreement.bodyId().orElse(null), reason.strip()));
        return agreement;
    }

    /**
     * Files a document: PDF or Word, checked by content, at most 20 MB (as charters).
     *
     * @throws InvalidInput when the title is missing or too long, or the file is refused
     */
    public Agreement attach(Long id, String title, String fileName, InputStream content) {
        Agreement agreement = get(id);
        String clean = title == null || title.isBlank() ? fileName : title.strip();
        if (clean == null || clean.isBlank()) {
            throw new InvalidInput("title", "agreement.document.title-required");
        }
        if (clean.length() > AgreementDocument.TITLE_MAX) {
            throw new InvalidInput("title", "input.too-long", AgreementDocument.TITLE_MAX, clean.length());
        }
        agreement.requireOpen();
        StoredFile file = files.storeDocument(fileName, content);
        agreement.attach(new AgreementDocument(file.id(), clean, clock.instant(), Actor.current()));
        events.publishEvent(new DocumentAttached(id, agreement.bodyId().orElse(null), file.id(), clean));
        return agreement;
    }

    /** Whether the file is one of the agreement's documents. */
    @Transactional(readOnly = true)
    public boolean isDocument(Long id, UUID fileId) {
        return get(id).documents().stream().anyMatch(d -> d.fileId().equals(fileId));
    }

    /** Expires every signed or in-force agreement whose term ended before today; returns how many. */
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Long> due = agreements.findDueToExpire(today);
        for (Long id : due) {
            Agreement agreement = get(id);
            agreement.expire(today, now);
            events.publishEvent(new AgreementExpired(
                    id, agreement.bodyId().orElse(null), agreement.termEndsOn().orElseThrow()));
        }
        return due.size();
    }

    @Transactional(readOnly = true)
    public Agreement get(Long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFound("agreement", id));
    }

    private Agreement get(Long id, long expectedVersion) {
        Agreement agreement = get(id);
        Versions.require("agreement", id, agreement.version(), expectedVersion);
        return agreement;
    }

    /** The parties' organisations, the body and its meeting must exist. */
    private AgreementDraft known(AgreementDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> found = directory
                .summaries(terms.parties().stream().map(Party::organisationId).toList())
                .keySet();
        for (int i = 0; i < terms.parties().size(); i++) {
            if (!found.contains(terms.parties().get(i).organisationId())) {
                problems.add(new FieldProblem(
                        "parties[" + i + "].organisationId",
                        "agreement.party.unknown",
                        terms.parties().get(i).organisationId()));
            }
        }
        if (terms.bodyId() != null) {
            bodyAndMeeting(terms, problems);
        } else if (terms.meetingId() != null) {
            problems.add(new FieldProblem("meetingId", "agreement.meeting.without-body"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return terms;
    }

    private void bodyAndMeeting(AgreementDraft terms, List<FieldProblem> problems) {
        Body body;
        try {
            body = community.get(terms.bodyId());
        } catch (NotFound e) {
            problems.add(new FieldProblem("bodyId", "agreement.body.unknown", terms.bodyId()));
            return;
        }
        if (terms.meetingId() != null) {
            try {
                body.meeting(terms.meetingId());
            } catch (NotFound e) {
                problems.add(new FieldProblem("meetingId", "agreement.meeting.unknown", terms.meetingId()));
            }
        }
    }

    /** The terms as JSON, for the audit trail. */
    private String describe(AgreementDraft terms) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", terms.title());
        values.put("kind", terms.kind());
        values.put("bodyId", terms.bodyId());
        values.put("meetingId", terms.meetingId());
        values.put("place", terms.place());
        values.put("termStartsOn", String.valueOf(terms.termStartsOn()));
        values.put("termEndsOn", String.valueOf(terms.termEndsOn()));
        values.put(
                "parties",
                terms.parties().stream()
                        .map(p -> p.organisationId() + ":" + p.role() + ":" + p.committedCash() + ":"
                                + p.committedInKind())
                        .collect(Collectors.toList()));
        return json.writeValueAsString(values);
    }
}
