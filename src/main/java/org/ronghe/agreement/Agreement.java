package org.ronghe.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.RuleBroken;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An agreement between two or more organisations, from draft to signed, in force and completed, or terminated (with a
 * reason) or expired (at the end of its term). Parties are fixed once it is signed; a closed agreement is read-only.
 */
@Entity
@Table(name = "agreements")
public class Agreement {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;

    private Long bodyId;

    private Long meetingId;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private LocalDate signedOn;

    private String place;

    private LocalDate termStartsOn;

    private LocalDate termEndsOn;

    private String terminationReason;

    private Instant createdAt;

    private String createdBy;

    private Instant lastActivityAt;

    @Version
    private long version;

    /** A handful per agreement, needed whenever the agreement is: loaded with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_parties", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_documents", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<AgreementDocument> documents = new ArrayList<>();

    /** Who has signed so far; the agreement is signed once every party has. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_signatures", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Signature> signatures = new ArrayList<>();

    protected Agreement() {}

    /** A new draft with validated terms. */
    static Agreement draft(AgreementDraft terms, Instant at, String actor) {
        Agreement agreement = new Agreement();
        agreement.status = AgreementStatus.DRAFT;
        agreement.createdAt = at;
        agreement.createdBy = actor;
        agreement.apply(terms, at);
        return agreement;
    }

    /** Changes what the agreement says; its parties only while it is a draft. */
    void revise(AgreementDraft terms, Instant at) {
        requireOpen();
        if (status != AgreementStatus.DRAFT && !sameParties(terms.parties())) {
            throw new RuleBroken("agreement.parties.fixed");
        }
        if (status == AgreementStatus.DRAFT && !terms.equals(terms())) {
            signatures.clear();
        }
        apply(terms, at);
    }

    /**
     * A party signs (or the secretariat records its signature, with the scan). Once every party has signed the
     * agreement is signed, on the day of the last signature, and may be put in force.
     */
    void sign(Signature signature, Instant at) {
        require(AgreementStatus.DRAFT, "agreement.action.sign");
        if (parties.size() < 2) {
            throw new RuleBroken("agreement.sign.two-parties");
        }
        if (signature.signedOn() == null) {
            throw new RuleBroken("agreement.sign.date-required");
        }
        if (parties.stream().noneMatch(p -> p.organisationId().equals(signature.organisationId()))) {
            throw new RuleBroken("agreement.sign.not-a-party");
        }
        if (hasSigned(signature.organisationId())) {
            throw new RuleBroken("agreement.sign.already");
        }
        if (signature.onBehalf() && signature.scanFileId() == null) {
            throw new RuleBroken("agreement.sign.scan-required");
        }
        signatures.add(signature);
        lastActivityAt = at;
        if (unsigned().isEmpty()) {
            signedOn = signatures.stream()
                    .map(Signature::signedOn)
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            if (signature.place() != null && !signature.place().isBlank()) {
                place = signature.place().strip();
            }
            moveTo(AgreementStatus.SIGNED, at);
        }
    }

    /**
     * Records an agreement every party signed before it was entered here (the seed's, one imported from paper): each
     * party counts as signed on that day, recorded by the system. Needs two parties and a date, as any signing.
     */
    void signedByAll(LocalDate on, String where, String by, Instant at) {
        for (Party party : List.copyOf(parties)) {
            if (!hasSigned(party.organisationId())) {
                sign(new Signature(party.organisationId(), on, where, party.signatoryTitle(), by, at, false, null), at);
            }
        }
        if (parties.size() < 2) {
            throw new RuleBroken("agreement.sign.two-parties");
        }
    }

    public boolean hasSigned(Long organisationId) {
        return signatures.stream().anyMatch(s -> s.organisationId().equals(organisationId));
    }

    /** The parties that have not signed yet. */
    public List<Long> unsigned() {
        return parties.stream()
                .map(Party::organisationId)
                .filter(o -> !hasSigned(o))
                .toList();
    }

    void bringIntoForce(Instant at) {
        require(AgreementStatus.SIGNED, "agreement.action.in-force");
        moveTo(AgreementStatus.IN_FORCE, at);
    }

    void complete(Instant at) {
        require(AgreementStatus.IN_FORCE, "agreement.action.complete");
        moveTo(AgreementStatus.COMPLETED, at);
    }

    void terminate(String reason, Instant at) {
        if (!status.isRunning()) {
            throw notAllowed("agreement.action.terminate");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("agreement.terminate.reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleBroken("agreement.terminate.reason-too-long", REASON_MAX);
        }
        terminationReason = reason.strip();
        moveTo(AgreementStatus.TERMINATED, at);
    }

    /** Files a document (a signed scan, an annex); not once the agreement is closed. */
    void attach(AgreementDocument document) {
        requireOpen();
        documents.add(document);
        lastActivityAt = document.uploadedAt();
    }

    /** Something happened under it (an obligation reported, confirmed or disputed): it is not dormant. */
    void touch(Instant at) {
        lastActivityAt = at;
    }

    /** Whether its term has ended before {@code today} while its promises still run. */
    boolean isDueToExpire(LocalDate today) {
        return status.isRunning() && termEndsOn != null && termEndsOn.isBefore(today);
    }

    void expire(LocalDate today, Instant at) {
        if (!isDueToExpire(today)) {
            throw notAllowed("agreement.action.expire");
        }
        moveTo(AgreementStatus.EXPIRED, at);
    }

    /** What it says now, as terms (to compare with a revision, or to fill a form). */
    public AgreementDraft terms() {
        return new AgreementDraft(
                title, kind, bodyId, meetingId, place, termStartsOn, termEndsOn, List.copyOf(parties));
    }

    public boolean hasParty(Long organisationId) {
        return parties.stream().anyMatch(p -> p.organisationId().equals(organisationId));
    }

    private void apply(AgreementDraft terms, Instant at) {
        title = terms.title();
        kind = terms.kind();
        bodyId = terms.bodyId();
        meetingId = terms.meetingId();
        place = terms.place();
        termStartsOn = terms.termStartsOn();
        termEndsOn = terms.termEndsOn();
        parties.clear();
        parties.addAll(terms.parties());
        lastActivityAt = at;
    }

    private boolean sameParties(List<Party> proposed) {
        return proposed.stream()
                .map(Party::organisationId)
                .toList()
                .equals(parties.stream().map(Party::organisationId).toList());
    }

    /** Documents and obligations are added, and terms revised, only while it is not closed. */
    void requireOpen() {
        if (status.isClosed()) {
            throw new RuleBroken("agreement.closed", new DefaultMessageSourceResolvable(status.messageKey()));
        }
    }

    private void require(AgreementStatus from, String action) {
        if (status != from) {
            throw notAllowed(action);
        }
    }

    private RuleBroken notAllowed(String actionKey) {
        return new RuleBroken(
                "agreement.not-allowed",
                new DefaultMessageSourceResolvable(actionKey),
                new DefaultMessageSourceResolvable(status.messageKey()));
    }

    private void moveTo(AgreementStatus next, Instant at) {
        status = next;
        lastActivityAt = at;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public AgreementKind kind() {
        return kind;
    }

    public Optional<Long> bodyId() {
        return Optional.ofNullable(bodyId);
    }

    public Optional<Long> meetingId() {
        return Optional.ofNullable(meetingId);
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public String place() {
        return place;
    }

    public Optional<LocalDate> termStartsOn() {
        return Optional.ofNullable(termStartsOn);
    }

    public Optional<LocalDate> termEndsOn() {
        return Optional.ofNullable(termEndsOn);
    }

    public Optional<String> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long version() {
        return version;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public List<AgreementDocument> documents() {
        return List.copyOf(documents);
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }
}
