package org.ronghe.agreement.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.core.NotFound;
import org.ronghe.core.TypedNumbers;
import org.ronghe.core.web.FileDownloads;
import org.ronghe.core.web.PageOutcomes;
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
 * Obligations on the agreement page: adding one, reporting with evidence, confirming or disputing; evidence downloads.
 */
@Controller
class ObligationPages {

    private final ObligationBook book;
    private final FileDownloads downloads;
    private final PageOutcomes outcomes;

    ObligationPages(ObligationBook book, FileDownloads downloads, PageOutcomes outcomes) {
        this.book = book;
        this.downloads = downloads;
        this.outcomes = outcomes;
    }

    @GetMapping({"/obligations/{id}/evidence/{fileId}", "/api/v1/obligations/{id}/evidence/{fileId}"})
    @PreAuthorize("@agreementAccess.canReadObligation(#id)")
    ResponseEntity<Resource> evidence(@PathVariable Long id, @PathVariable UUID fileId) {
        if (!book.isEvidence(id, fileId)) {
            throw new NotFound("evidence", fileId);
        }
        return downloads.of(fileId);
    }

    @PostMapping("/agreements/{id}/obligations")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String promise(
            @PathVariable Long id,
            @RequestParam(required = false) Long partyId,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) Obligation.Cadence cadence,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        outcomes.attempt(
                redirect,
                "obligation.done.promised",
                () -> book.promise(
                        id,
                        new ObligationDraft(
                                partyId, description, TypedNumbers.decimal("target", target), unit, cadence, dueOn)));
        return "redirect:/agreements/" + id + "#obligations";
    }

    @PostMapping("/obligations/{id}/report")
    @PreAuthorize("@agreementAccess.canActFor(#organisationId)")
    String report(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            @RequestParam(required = false) String achieved,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        boolean reported = outcomes.attempt(redirect, "obligation.done.reported", () -> {
            try (InputStream content = PageOutcomes.open(file)) {
                book.report(
                        id,
                        version,
                        organisationId,
                        TypedNumbers.decimal("achieved", achieved),
                        note,
                        content == null ? null : file.getOriginalFilename(),
                        content);
            }
        });
        if (!reported) {
            redirect.addFlashAttribute(
                    "typedReport", new TypedReport(id, achieved, note, file != null && !file.isEmpty()));
        }
        return back(id);
    }

    @PostMapping("/obligations/{id}/confirm")
    @PreAuthorize("@agreementAccess.canActFor(#organisationId)")
    String confirm(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "obligation.done.confirmed", () -> book.confirm(id, version, organisationId));
        return back(id);
    }

    @PostMapping("/obligations/{id}/dispute")
    @PreAuthorize("@agreementAccess.canActFor(#organisationId)")
    String dispute(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "obligation.done.disputed", () -> book.dispute(id, version, organisationId, reason));
        return back(id);
    }

    /** What the user typed into a report that was refused, shown again so nothing has to be typed twice. */
    record TypedReport(Long obligationId, String achieved, String note, boolean hadFile)
            implements java.io.Serializable {}

    private String back(Long obligationId) {
        return "redirect:/agreements/" + book.get(obligationId).agreementId() + "#obligation-" + obligationId;
    }
}
