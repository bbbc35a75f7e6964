package org.ronghe.research.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ronghe.core.NotFound;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.Tranche;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions on one project's page: starting, accepting (a client party), terminating; declaring a tranche (the payer,
 * with a voucher), confirming or disputing it (the payee); opening a voucher.
 */
@Controller
class ProjectActionPages {

    private final ProjectBook book;
    private final FileDownloads downloads;
    private final PageOutcomes outcomes;

    ProjectActionPages(ProjectBook book, FileDownloads downloads, PageOutcomes outcomes) {
        this.book = book;
        this.downloads = downloads;
        this.outcomes = outcomes;
    }

    @PostMapping("/projects/{id}/{step:start|terminate}")
    @PreAuthorize("@projectAccess.canEdit(#id)")
    String step(
            @PathVariable Long id,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "research.done." + step, () -> {
            if (step.equals("start")) {
                book.start(id, version);
            } else {
                book.terminate(id, version, reason);
            }
        });
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/accept")
    @PreAuthorize("@projectAccess.canEdit(#id) and @projectAccess.canActFor(#organisationId)")
    String accept(
            @PathVariable Long id,
            @RequestParam long version,
            @RequestParam Long organisationId,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "research.done.accept", () -> book.accept(id, version, organisationId));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/tranches")
    @PreAuthorize("@projectAccess.canEdit(#id) and @projectAccess.canActFor(#payerId)")
    String declare(
            @PathVariable Long id,
            @RequestParam Long payerId,
            @RequestParam(required = false) Long payeeId,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "research.done.declare", () -> {
            try (InputStream voucher = PageOutcomes.open(file)) {
                book.declare(
                        id,
                        payerId,
                        payeeId,
                        TypedNumbers.amount("amount", amount),
                        paidOn,
                        voucher == null ? null : file.getOriginalFilename(),
                        voucher);
            }
        });
        return "redirect:/projects/" + id + "#tranches";
    }

    @PostMapping("/tranches/{id}/{decision:confirm|dispute}")
    @PreAuthorize("@projectAccess.canReadTranche(#id) and @projectAccess.canActFor(#organisationId)")
    String decide(
            @PathVariable Long id,
            @PathVariable String decision,
            @RequestParam long version,
            @RequestParam Long organisationId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Tranche tranche = book.tranche(id);
        outcomes.attempt(redirect, "research.done." + decision, () -> {
            if (decision.equals("confirm")) {
                book.confirm(id, version, organisationId);
            } else {
                book.dispute(id, version, organisationId, reason);
            }
        });
        return "redirect:/projects/" + tranche.projectId() + "#tranches";
    }

    @GetMapping({"/projects/{id}/vouchers/{fileId}", "/api/v1/projects/{id}/vouchers/{fileId}"})
    @PreAuthorize("@projectAccess.canRead(#id)")
    ResponseEntity<Resource> voucher(@PathVariable Long id, @PathVariable UUID fileId) {
        List<Tranche> tranches = book.tranchesOf(id);
        if (tranches.stream().noneMatch(t -> fileId.equals(t.voucherId()))) {
            throw new NotFound("voucher", fileId);
        }
        return downloads.of(fileId);
    }
}
