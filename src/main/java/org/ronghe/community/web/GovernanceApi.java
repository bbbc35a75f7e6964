package org.ronghe.community.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import org.ronghe.community.BodyProfile;
import org.ronghe.community.Community;
import org.ronghe.community.CouncilPosition;
import org.ronghe.community.Governance;
import org.ronghe.community.LeadRole;
import org.ronghe.community.MeetingDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A body's governance for integrators. Every change answers the updated body profile; changes carry the body version
 * they were based on (409 when stale). Secretariat of the body or platform admins only.
 */
@RestController
@RequestMapping("/api/v1/bodies/{id}/governance")
@PreAuthorize("@permissions.canManageBody(#id)")
@Tag(name = "Governance", description = "Lead units, council terms and seats, guiding committee, meetings, charters")
class GovernanceApi {

    private final Governance governance;
    private final Community community;

    GovernanceApi(Governance governance, Community community) {
        this.governance = governance;
        this.community = community;
    }

    @PutMapping("/leads/{organisationId}")
    @Operation(summary = "Make an organisation a lead unit with a role (or change its role)")
    BodyProfile addLead(@PathVariable Long id, @PathVariable Long organisationId, @RequestBody LeadRequest request) {
        governance.addLead(id, request.version(), organisationId, request.role());
        return community.profile(id);
    }

    @DeleteMapping("/leads/{organisationId}")
    @Operation(summary = "Remove a lead unit")
    BodyProfile removeLead(@PathVariable Long id, @PathVariable Long organisationId, @RequestParam long version) {
        governance.removeLead(id, version, organisationId);
        return community.profile(id);
    }

    @PostMapping("/council-terms")
    @Operation(summary = "Open a council term (届); 400 when unnamed or ending before it starts")
    BodyProfile openTerm(@PathVariable Long id, @RequestBody TermRequest request) {
        governance.openTerm(
                id, request.version(), request.ordinal(), request.name(), request.startsOn(), request.endsOn());
        return community.profile(id);
    }

    @DeleteMapping("/council-terms/{termId}")
    @Operation(summary = "Remove a council term with its seats")
    BodyProfile removeTerm(@PathVariable Long id, @PathVariable Long termId, @RequestParam long version) {
        governance.removeTerm(id, version, termId);
        return community.profile(id);
    }

    @PutMapping("/council-terms/{termId}/seats/{organisationId}")
    @Operation(
            summary = "Seat an organisation on a term (chair, executive vice-chair, vice-chair, secretary-general, "
                    + "standing member, member); 409 for a second chair")
    BodyProfile seat(
            @PathVariable Long id,
            @PathVariable Long termId,
            @PathVariable Long organisationId,
            @RequestBody SeatRequest request) {
        governance.seat(id, request.version(), termId, organisationId, request.position());
        return community.profile(id);
    }

    @DeleteMapping("/council-terms/{termId}/seats/{organisationId}")
    @Operation(summary = "Remove a seat")
    BodyProfile unseat(
            @PathVariable Long id,
            @PathVariable Long termId,
            @PathVariable Long organisationId,
            @RequestParam long version) {
        governance.unseat(id, version, termId, organisationId);
        return community.profile(id);
    }

    @PutMapping("/guiding-committee/{organisationId}")
    @Operation(summary = "Appoint an organisation (usually a government department) to the guiding committee")
    BodyProfile appoint(@PathVariable Long id, @PathVariable Long organisationId, @RequestParam long version) {
        governance.appointToCommittee(id, version, organisationId);
        return community.profile(id);
    }

    @DeleteMapping("/guiding-committee/{organisationId}")
    @Operation(summary = "Remove an organisation from the guiding committee")
    BodyProfile dismiss(@PathVariable Long id, @PathVariable Long organisationId, @RequestParam long version) {
        governance.removeFromCommittee(id, version, organisationId);
        return community.profile(id);
    }

    @PutMapping("/secretariat")
    @Operation(summary = "Set (or clear with organisationId null) the unit hosting the secretariat")
    BodyProfile secretariat(@PathVariable Long id, @RequestBody SecretariatRequest request) {
        governance.hostSecretariat(id, request.version(), request.organisationId());
        return community.profile(id);
    }

    @PostMapping("/meetings")
    @Operation(summary = "Record an assembly or meeting with its decisions")
    BodyProfile recordMeeting(@PathVariable Long id, @RequestBody MeetingDraft meeting) {
        governance.recordMeeting(id, meeting.version() == null ? -1 : meeting.version(), meeting);
        return community.profile(id);
    }

    @PostMapping(path = "/meetings/{meetingId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a PDF or Word document (checked by content, at most 20 MB) to a meeting")
    BodyProfile attach(@PathVariable Long id, @PathVariable Long meetingId, @RequestPart("file") MultipartFile file)
            throws IOException {
        governance.attachToMeeting(id, meetingId, file.getOriginalFilename(), file.getInputStream());
        return community.profile(id);
    }

    @PostMapping(path = "/charters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a charter version: title, adoption date, adopting meeting, and its PDF or Word file")
    BodyProfile adoptCharter(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @RequestParam(required = false) Long meetingId,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        governance.adoptCharter(
                id,
                title,
                adoptedOn,
                meetingId,
                hasFile ? file.getOriginalFilename() : null,
                hasFile ? file.getInputStream() : null);
        return community.profile(id);
    }

    record LeadRequest(LeadRole role, long version) {}

    record TermRequest(Integer ordinal, String name, LocalDate startsOn, LocalDate endsOn, long version) {}

    record SeatRequest(CouncilPosition position, long version) {}

    record SecretariatRequest(Long organisationId, long version) {}
}
