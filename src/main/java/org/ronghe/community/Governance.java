package org.ronghe.community;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ronghe.community.BodyEvents.GovernanceChanged;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.directory.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat keeps a body's governance current: lead units, council terms and seats, guiding committee, the unit
 * hosting the secretariat, meetings with decisions and documents, and charter versions. Changes that replace what
 * someone else may be editing carry the body version they were based on (409 when stale); appending a document does
 * not. Every change is audited.
 */
@Service
@Transactional
public class Governance {

    /** Charters and meeting documents: PDF or Word, at most 20 MB. */
    private final Community community;

    private final Directory directory;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Governance(
            Community community, Directory directory, FileStore files, ApplicationEventPublisher events, Clock clock) {
        this.community = community;
        this.directory = directory;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public void addLead(Long bodyId, long version, Long organisationId, LeadRole role) {
        requireRole(role);
        community.get(bodyId, version).addLeadUnit(known(organisationId), role);
        changed(bodyId, "lead-added", organisationId);
    }

    public void removeLead(Long bodyId, long version, Long organisationId) {
        community.get(bodyId, version).removeLeadUnit(organisationId);
        changed(bodyId, "lead-removed", organisationId);
    }

    /** @throws InvalidInput when the name is missing or the term ends before it starts */
    public CouncilTerm openTerm(
            Long bodyId, long version, Integer ordinal, String name, LocalDate startsOn, LocalDate endsOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "council.term.name-required"));
        } else if (name.strip().length() > 100) {
            problems.add(
                    new FieldProblem("name", "input.too-long", 100, name.strip().length()));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "council.term.ends-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CouncilTerm term = community.get(bodyId, version).openCouncilTerm(ordinal, name.strip(), startsOn, endsOn);
        changed(bodyId, "council-term-opened", null);
        return term;
    }

    public void removeTerm(Long bodyId, long version, Long termId) {
        community.get(bodyId, version).removeCouncilTerm(termId);
        changed(bodyId, "council-term-removed", null);
    }

    /** Seats an organisation on a term, or moves it; a term has one chair (409 otherwise). */
    public void seat(Long bodyId, long version, Long termId, Long organisationId, CouncilPosition position) {
        if (position == null) {
            throw new InvalidInput("position", "council.position.required");
        }
        Body body = community.get(bodyId, version);
        body.seatOnCouncil(body.councilTerm(termId), known(organisationId), position);
        changed(bodyId, "council-seat-" + position.name().toLowerCase().replace('_', '-'), organisationId);
    }

    public void unseat(Long bodyId, long version, Long termId, Long organisationId) {
        community.get(bodyId, version).unseatFromCouncil(termId, organisationId);
        changed(bodyId, "council-seat-removed", organisationId);
    }

    public void appointToCommittee(Long bodyId, long version, Long organisationId) {
        community.get(bodyId, version).appointToGuidingCommittee(known(organisationId));
        changed(bodyId, "committee-appointed", organisationId);
    }

    public void removeFromCommittee(Long bodyId, long version, Long organisationId) {
        community.get(bodyId, version).removeFromGuidingCommittee(organisationId);
        changed(bodyId, "committee-removed", organisationId);
    }

    /** The unit hosting the secretariat; null to clear it. */
    public void hostSecretariat(Long bodyId, long version, Long organisationId) {
        community.get(bodyId, version).hostSecretariatAt(organisationId == null ? null : known(organisationId));
        changed(bodyId, "secretariat-host", organisationId);
    }

    /** @throws InvalidInput when the date or kind is missing, or the attendance is negative */
    public Meeting recordMeeting(Long bodyId, long version, MeetingDraft draft) {
        draft.validate();
        Meeting meeting = community
                .get(bodyId, version)
                .recordMeeting(
                        draft.heldOn(),
                        draft.kind(),
                        draft.title(),
                        draft.place(),
                        draft.attendance(),
                        Boolean.TRUE.equals(draft.attendanceAtLeast()),
                        draft.decisions());
        changed(bodyId, "meeting-recorded", null);
        return meeting;
    }

    /** Stores a PDF or Word document and attaches it to a meeting. */
    public void attachToMeeting(Long bodyId, Long meetingId, String fileName, InputStream content) {
        Body body = community.get(bodyId);
        body.meeting(meetingId);
        StoredFile file = files.storeDocument(fileName, content);
        body.attachToMeeting(meetingId, new Document(file.id(), file.originalName()));
        changed(bodyId, "meeting-document-attached", null);
    }

    /**
     * Records a charter version with its document (PDF or Word; optional when the text is not at hand).
     *
     * @throws InvalidInput when the title or adoption date is missing, or the file is not acceptable
     */
    public CharterVersion adoptCharter(
            Long bodyId, String title, LocalDate adoptedOn, Long meetingId, String fileName, InputStream content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "charter.title-required"));
        } else if (title.strip().length() > 200) {
            problems.add(new FieldProblem(
                    "title", "input.too-long", 200, title.strip().length()));
        }
        if (adoptedOn == null) {
            problems.add(new FieldProblem("adoptedOn", "charter.adopted-on-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Body body = community.get(bodyId);
        Document document = null;
        if (content != null) {
            StoredFile file = files.storeDocument(fileName, content);
            document = new Document(file.id(), file.originalName());
        }
        CharterVersion version =
                body.adoptCharter(title.strip(), adoptedOn, meetingId, document, clock.instant(), Actor.current());
        changed(bodyId, "charter-adopted", null);
        return version;
    }

    /** The document of a charter version, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<Document> charterDocument(Long bodyId, Long charterId) {
        return community.get(bodyId).charterVersions().stream()
                .filter(c -> c.id().equals(charterId))
                .findFirst()
                .map(CharterVersion::document);
    }

    /** Whether the file is one of the meeting's documents. */
    @Transactional(readOnly = true)
    public boolean isMeetingDocument(Long bodyId, Long meetingId, UUID fileId) {
        return community.get(bodyId).meeting(meetingId).view().documents().stream()
                .anyMatch(d -> d.fileId().equals(fileId));
    }

    private Long known(Long organisationId) {
        if (organisationId == null) {
            throw new InvalidInput("organisation", "organisation.required");
        }
        return directory.get(organisationId).id();
    }

    private static void requireRole(LeadRole role) {
        if (role == null) {
            throw new InvalidInput("role", "lead.role.required");
        }
    }

    private void changed(Long bodyId, String change, Long organisationId) {
        events.publishEvent(new GovernanceChanged(bodyId, change, organisationId));
    }
}
