package org.ronghe.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.Versions;
import org.ronghe.research.projects.Milestone;
import org.ronghe.research.projects.Output;
import org.ronghe.research.projects.OutputKind;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.ProjectResults;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What projects deliver: milestones, reported by a performing party and accepted (验收) or returned by a client party
 * (409 for anyone else), and outputs with checked identifiers (400 listing every problem).
 */
@RestController
@Tag(
        name = "Project results",
        description = "Milestones accepted by the client, and outputs: patents, papers, standards")
class ResultApi {

    private final ProjectBook projects;
    private final ProjectResults results;

    ResultApi(ProjectBook projects, ProjectResults results) {
        this.projects = projects;
        this.results = results;
    }

    /** A new milestone: what is delivered, and by when. */
    record MilestoneDraft(String title, String deliverable, LocalDate dueOn) {}

    /** A step of a milestone: for which organisation, the version read, the reason of a return. */
    record MilestoneStep(Long organisationId, Long version, String reason) {}

    /** A new output: its kind, title, identifier (patent number, DOI, standard number…), date and owning parties. */
    record OutputDraft(OutputKind kind, String title, String identifier, LocalDate issuedOn, List<Long> ownerIds) {}

    /** A milestone as the API shows it. */
    record MilestoneView(
            Long id,
            Long projectId,
            String title,
            String deliverable,
            LocalDate dueOn,
            Milestone.Status status,
            Long submittedBy,
            Long decidedBy,
            String returnReason,
            long version) {
        static MilestoneView of(Milestone m) {
            return new MilestoneView(
                    m.id(),
                    m.projectId(),
                    m.title(),
                    m.deliverable(),
                    m.dueOn(),
                    m.status(),
                    m.submittedBy(),
                    m.decidedBy(),
                    m.returnReason(),
                    m.version());
        }
    }

    /**
     * An output as the API shows it; {@code patentKind} is read from a patent's number; it counts in the month it was
     * recorded.
     */
    record OutputView(
            Long id,
            Long projectId,
            OutputKind kind,
            String patentKind,
            String title,
            String identifier,
            LocalDate issuedOn,
            List<Long> ownerIds,
            LocalDate recordedOn) {
        static OutputView of(Output o) {
            return new OutputView(
                    o.id(),
                    o.projectId(),
                    o.kind(),
                    o.patentKind(),
                    o.title(),
                    o.identifier(),
                    o.issuedOn(),
                    o.owners(),
                    o.recordedOn());
        }
    }

    @GetMapping("/api/v1/projects/{id}/milestones")
    @PreAuthorize("@projectAccess.canRead(#id)")
    @Operation(summary = "A project's milestones, by due date")
    List<MilestoneView> milestones(@PathVariable Long id) {
        projects.get(id);
        return results.milestonesOf(id).stream().map(MilestoneView::of).toList();
    }

    @PostMapping("/api/v1/projects/{id}/milestones")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    @Operation(summary = "Add a milestone to an open project")
    ResponseEntity<MilestoneView> plan(@PathVariable Long id, @RequestBody MilestoneDraft draft) {
        Milestone milestone = results.planMilestone(id, draft.title(), draft.deliverable(), draft.dueOn());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/milestones"))
                .body(MilestoneView.of(milestone));
    }

    @PostMapping("/api/v1/milestones/{id}/submit")
    @PreAuthorize("@projectAccess.canReadMilestone(#id) and @projectAccess.canActFor(#step.organisationId())")
    @Operation(summary = "A performing party reports the milestone reached; 409 for a client")
    MilestoneView submit(@PathVariable Long id, @RequestBody MilestoneStep step) {
        return MilestoneView.of(results.submit(id, Versions.read(step.version()), step.organisationId()));
    }

    @PostMapping("/api/v1/milestones/{id}/accept")
    @PreAuthorize("@projectAccess.canReadMilestone(#id) and @projectAccess.canActFor(#step.organisationId())")
    @Operation(summary = "A client party accepts the deliverable (验收); 409 for anyone else")
    MilestoneView accept(@PathVariable Long id, @RequestBody MilestoneStep step) {
        return MilestoneView.of(results.decide(id, Versions.read(step.version()), step.organisationId(), true, null));
    }

    @PostMapping("/api/v1/milestones/{id}/return")
    @PreAuthorize("@projectAccess.canReadMilestone(#id) and @projectAccess.canActFor(#step.organisationId())")
    @Operation(summary = "A client party returns the deliverable with a reason; it can be reported again")
    MilestoneView giveBack(@PathVariable Long id, @RequestBody MilestoneStep step) {
        return MilestoneView.of(
                results.decide(id, Versions.read(step.version()), step.organisationId(), false, step.reason()));
    }

    @GetMapping("/api/v1/projects/{id}/outputs")
    @PreAuthorize("@projectAccess.canRead(#id)")
    @Operation(summary = "A project's outputs")
    List<OutputView> outputs(@PathVariable Long id) {
        projects.get(id);
        return results.outputsOf(id).stream().map(OutputView::of).toList();
    }

    @PostMapping("/api/v1/projects/{id}/outputs")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    @Operation(
            summary = "Record an output; the patent number's check character, the DOI's and the standard number's form "
                    + "are checked, and the owners must be parties")
    ResponseEntity<OutputView> record(@PathVariable Long id, @RequestBody OutputDraft draft) {
        Output output =
                results.record(id, draft.kind(), draft.title(), draft.identifier(), draft.issuedOn(), draft.ownerIds());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/outputs"))
                .body(OutputView.of(output));
    }
}
