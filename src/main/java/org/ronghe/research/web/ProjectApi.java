package org.ronghe.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectAccess;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.ProjectDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint R&D projects: the body's secretariat and the parties' admins plan and run them; a client party accepts the
 * results. Every change names the version it read (409 when stale); 403 (audited) for anyone else.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Joint R&D projects, their parties and budgets, acceptance by the client")
class ProjectApi {

    private final ProjectBook book;
    private final ProjectAccess access;

    ProjectApi(ProjectBook book, ProjectAccess access) {
        this.book = book;
        this.access = access;
    }

    /** New terms and the version they revise. */
    record Revision(Long version, ProjectDraft terms) {}

    /**
     * A step in a project's life: the version read, the organisation acted for (accepting), the reason (terminating).
     */
    record Step(Long version, Long organisationId, String reason) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Projects the caller may see, the latest active first; optionally of one body or agreement")
    PageResult<ProjectView> find(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long agreementId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return book.find(bodyId, agreementId, access.visibility(), page, size).map(this::view);
    }

    @PostMapping
    @PreAuthorize("@projectAccess.canPlan(#terms)")
    @Operation(summary = "Plan a project; 400 listing every problem (body, title, kind, term, parties, agreement)")
    ResponseEntity<ProjectView> plan(@RequestBody ProjectDraft terms) {
        Project project = book.plan(terms);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + project.id()))
                .body(view(project));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@projectAccess.canRead(#id)")
    @Operation(summary = "One project with its parties and money committed, declared and confirmed")
    ProjectView get(@PathVariable Long id) {
        return view(book.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    @Operation(summary = "Revise an open project's terms; 409 when closed or stale")
    ProjectView revise(@PathVariable Long id, @RequestBody Revision revision) {
        return view(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    @Operation(summary = "Start a planned project")
    ProjectView start(@PathVariable Long id, @RequestBody Step step) {
        return view(book.start(id, Versions.read(step.version())));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("@projectAccess.canEdit(#id) and @projectAccess.canActFor(#step.organisationId())")
    @Operation(summary = "A client party accepts the results (验收); 409 for any other party")
    ProjectView accept(@PathVariable Long id, @RequestBody Step step) {
        return view(book.accept(id, Versions.read(step.version()), step.organisationId()));
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    @Operation(summary = "Terminate an open project, with a reason")
    ProjectView terminate(@PathVariable Long id, @RequestBody Step step) {
        return view(book.terminate(id, Versions.read(step.version()), step.reason()));
    }

    private ProjectView view(Project project) {
        return ProjectView.of(project, book.tranchesOf(project.id()));
    }
}
