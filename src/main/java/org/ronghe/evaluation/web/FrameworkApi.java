package org.ronghe.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.Versions;
import org.ronghe.core.figures.FigureDefinition;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicator frameworks, versioned: read by everyone signed in; drafted, revised and published by platform admins and
 * evaluating departments. A published version never changes (409); its next version starts as a draft.
 */
@RestController
@Tag(name = "Frameworks", description = "评价指标体系: groups, indicators, observation points, rules, grades")
class FrameworkApi {

    private final FrameworkBook book;
    private final Frameworks frameworks;

    FrameworkApi(FrameworkBook book, Frameworks frameworks) {
        this.book = book;
        this.frameworks = frameworks;
    }

    record FrameworkRow(
            Long id,
            String code,
            int number,
            String name,
            String bodyKind,
            Framework.Status status,
            Instant publishedAt) {

        static FrameworkRow of(Framework f) {
            return new FrameworkRow(f.id(), f.code(), f.number(), f.name(), f.bodyKind(), f.status(), f.publishedAt());
        }
    }

    record FrameworkView(FrameworkRow framework, long version, Definition definition) {

        static FrameworkView of(Framework f) {
            return new FrameworkView(FrameworkRow.of(f), f.version(), f.definition());
        }
    }

    record Draft(String code, String name, String bodyKind, Definition definition) {}

    record Revision(Long version, String name, Definition definition) {}

    record Step(Long version) {}

    @GetMapping("/api/v1/frameworks")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every version of every framework, by code, latest version first")
    List<FrameworkRow> list() {
        return frameworks.findAllByOrderByCodeAscNumberDesc().stream()
                .map(FrameworkRow::of)
                .toList();
    }

    @GetMapping("/api/v1/frameworks/figures")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The figures the modules offer, which computed points may read")
    List<FigureDefinition> figures() {
        return book.figures();
    }

    @GetMapping("/api/v1/frameworks/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A framework version with its definition")
    FrameworkView get(@PathVariable Long id) {
        return FrameworkView.of(book.get(id));
    }

    @PostMapping("/api/v1/frameworks")
    @PreAuthorize("@frameworkAccess.canWrite()")
    @Operation(summary = "Draft a new framework (checked against the figures offered)")
    ResponseEntity<FrameworkView> draft(@RequestBody Draft draft) {
        if (draft == null || draft.definition() == null) {
            throw new InvalidInput("definition", "input.required");
        }
        Framework framework = book.draft(draft.code(), draft.name(), draft.bodyKind(), draft.definition());
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + framework.id()))
                .body(FrameworkView.of(framework));
    }

    @PutMapping("/api/v1/frameworks/{id}")
    @PreAuthorize("@frameworkAccess.canWrite()")
    @Operation(summary = "Revise a draft (409 once published)")
    FrameworkView revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.definition() == null) {
            throw new InvalidInput("definition", "input.required");
        }
        return FrameworkView.of(
                book.revise(id, Versions.read(revision.version()), revision.name(), revision.definition()));
    }

    @PostMapping("/api/v1/frameworks/{id}/publish")
    @PreAuthorize("@frameworkAccess.canWrite()")
    @Operation(summary = "Publish a draft: cycles may use it from now on, and it never changes again")
    FrameworkView publish(@PathVariable Long id, @RequestBody Step step) {
        return FrameworkView.of(book.publish(id, Versions.read(step.version())));
    }

    @PostMapping("/api/v1/frameworks/{id}/next-version")
    @PreAuthorize("@frameworkAccess.canWrite()")
    @Operation(summary = "Start the next version of the latest published version, as a draft")
    ResponseEntity<FrameworkView> nextVersion(@PathVariable Long id) {
        Framework next = book.nextVersion(id);
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + next.id()))
                .body(FrameworkView.of(next));
    }
}
