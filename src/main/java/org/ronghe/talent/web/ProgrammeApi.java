package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.talent.programmes.Cohort;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.ProgrammeAccess;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeList;
import org.ronghe.talent.programmes.ProgrammeSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programmes (order classes, apprenticeships, named pipelines) and their cohorts for integrators. Their schools' and
 * enterprises' admins and the body's secretariat change them (403 for anyone else, audited; 409 when stale).
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Order classes, apprenticeships and named pipelines, with their cohorts")
class ProgrammeApi {

    private final ProgrammeBook book;
    private final ProgrammeList list;
    private final ProgrammeAccess access;

    ProgrammeApi(ProgrammeBook book, ProgrammeList list, ProgrammeAccess access) {
        this.book = book;
        this.list = list;
        this.access = access;
    }

    /** A programme with the version to name when changing it, and its cohorts. */
    record ProgrammeDetail(Long id, long version, ProgrammeDraft terms, List<CohortDetail> cohorts) {
        static ProgrammeDetail of(Programme p) {
            return new ProgrammeDetail(
                    p.id(),
                    p.version(),
                    p.terms(),
                    p.cohorts().stream().map(CohortDetail::of).toList());
        }
    }

    /** One intake of a programme. */
    record CohortDetail(Long id, int intakeYear, Integer plannedSize) {
        static CohortDetail of(Cohort c) {
            return new CohortDetail(c.id(), c.intakeYear(), c.plannedSize());
        }
    }

    /** New terms with the version they were read at. */
    record Revision(Long version, ProgrammeDraft terms) {}

    /** Another intake, with the version of the programme read. */
    record Intake(Long version, Integer intakeYear, Integer plannedSize) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Programmes matching the filters, newest first")
    PageResult<ProgrammeSummary> find(
            @ParameterObject @ModelAttribute ProgrammeList.Filter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return list.find(filter, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One programme with its cohorts")
    ProgrammeDetail get(@PathVariable Long id) {
        return ProgrammeDetail.of(book.get(id));
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Set up a programme (an admin of one of its schools or enterprises, or the body's secretariat)")
    ResponseEntity<ProgrammeDetail> launch(@RequestBody ProgrammeDraft terms) {
        if (!access.canLaunch(terms)) {
            throw new AccessDeniedException("programme");
        }
        Programme programme = book.launch(terms);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + programme.id()))
                .body(ProgrammeDetail.of(book.get(programme.id())));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@programmeAccess.canEditProgramme(#id)")
    @Operation(summary = "Revise a programme (409 when changed since the version read)")
    ProgrammeDetail revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.terms() == null) {
            throw new InvalidInput("terms", "input.required");
        }
        return ProgrammeDetail.of(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping("/{id}/cohorts")
    @PreAuthorize("@programmeAccess.canEditProgramme(#id)")
    @Operation(summary = "Open a cohort for another intake year (one per year)")
    ResponseEntity<CohortDetail> openCohort(@PathVariable Long id, @RequestBody Intake intake) {
        Cohort cohort = book.openCohort(id, Versions.read(intake.version()), intake.intakeYear(), intake.plannedSize());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(CohortDetail.of(cohort));
    }
}
