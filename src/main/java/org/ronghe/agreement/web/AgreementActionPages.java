package org.ronghe.agreement.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ronghe.agreement.AgreementAccess;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
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
 * The actions on one agreement's page: bringing it into force, completing or terminating it, signing (for oneself, or
 * the secretariat on a party's behalf with the scan), attaching documents and opening them.
 */
@Controller
class AgreementActionPages {

    private final AgreementBook book;
    private final AgreementAccess access;
    private final FileDownloads downloads;
    private final PageOutcomes outcomes;

    AgreementActionPages(AgreementBook book, AgreementAccess access, FileDownloads downloads, PageOutcomes outcomes) {
        this.book = book;
        this.access = access;
        this.downloads = downloads;
        this.outcomes = outcomes;
    }

    @PostMapping("/agreements/{id}/{step}")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String step(
            @PathVariable Long id,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        if (!List.of("in-force", "complete", "terminate").contains(step)) {
            throw new NotFound("agreement step", step);
        }
        outcomes.attempt(redirect, "agreement.done." + step, () -> {
            switch (step) {
                case "in-force" -> book.bringIntoForce(id, version);
                case "complete" -> book.complete(id, version);
                default -> book.terminate(id, version, reason);
            }
        });
        return "redirect:/agreements/" + id;
    }

    /** A party signs for itself, or the body's secretariat records its signature on its behalf with the scan. */
    @PostMapping("/agreements/{id}/signatures")
    @PreAuthorize("@agreementAccess.canSignFor(#id, #organisationId)")
    String sign(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String signatoryPosition,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        boolean onBehalf = !access.canActFor(organisationId);
        outcomes.attempt(redirect, "agreement.done.sign", () -> {
            try (InputStream scan = PageOutcomes.open(file)) {
                book.sign(
                        id,
                        version,
                        organisationId,
                        new AgreementBook.Signing(signedOn, place, signatoryPosition),
                        onBehalf,
                        scan == null ? null : file.getOriginalFilename(),
                        scan);
            }
        });
        return "redirect:/agreements/" + id + "#signatures";
    }

    @PostMapping("/agreements/{id}/documents")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    String attach(
            @PathVariable Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        outcomes.attempt(redirect, "agreement.done.document", () -> {
            try (InputStream content = PageOutcomes.open(file)) {
                if (content == null) {
                    throw new InvalidInput("file", "file.empty");
                }
                book.attach(id, title, file.getOriginalFilename(), content);
            }
        });
        return "redirect:/agreements/" + id + "#documents";
    }

    @GetMapping({"/agreements/{id}/documents/{fileId}", "/api/v1/agreements/{id}/documents/{fileId}"})
    @PreAuthorize("@agreementAccess.canRead(#id)")
    ResponseEntity<Resource> document(@PathVariable Long id, @PathVariable UUID fileId) {
        if (!book.isDocument(id, fileId)) {
            throw new NotFound("agreement document", fileId);
        }
        return downloads.of(fileId);
    }
}
