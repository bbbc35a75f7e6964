package org.ronghe.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.core.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Obligations under agreements: parties' admins and the secretariat add them; the obligated party reports (with an
 * evidence file); another party confirms or disputes. The organisation acted for is named, and the user must administer
 * it (403 otherwise); a party cannot confirm its own obligation (409).
 */
@RestController
@Tag(name = "Obligations", description = "What each party promised, its reports, and the other parties' confirmations")
class ObligationApi {

    private final ObligationBook book;

    ObligationApi(ObligationBook book) {
        this.book = book;
    }

    /** A confirmation or dispute: for which organisation, the version read, and the reason of a dispute. */
    record Decision(Long organisationId, Long version, String reason) {}

    @GetMapping("/api/v1/agreements/{id}/obligations")
    @PreAuthorize("@agreementAccess.canRead(#id)")
    @Operation(summary = "An agreement's obligations with their history, by due date")
    List<ObligationView> list(@PathVariable Long id) {
        return book.of(id).stream().map(ObligationView::of).toList();
    }

    @PostMapping("/api/v1/agreements/{id}/obligations")
    @PreAuthorize("@agreementAccess.canEdit(#id)")
    @Operation(summary = "Add an obligation of one party: description, target and unit, once or yearly, due date")
    ResponseEntity<ObligationView> promise(@PathVariable Long id, @RequestBody ObligationDraft draft) {
        Obligation obligation = book.promise(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/obligations/" + obligation.id()))
                .body(ObligationView.of(obligation));
    }

    @GetMapping("/api/v1/obligations/{id}")
    @PreAuthorize("@agreementAccess.canReadObligation(#id)")
    @Operation(summary = "One obligation with its history")
    ObligationView get(@PathVariable Long id) {
        return ObligationView.of(book.get(id));
    }

    @PostMapping(path = "/api/v1/obligations/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@agreementAccess.canActFor(#organisationId)")
    @Operation(summary = "The obligated party reports what it achieved, with a note and a PDF or Word evidence file")
    ObligationView report(
            @PathVariable Long id,
            @RequestParam Long organisationId,
            @RequestParam long version,
            @RequestParam(required = false) BigDecimal achieved,
            @RequestParam(required = false) String note,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try (InputStream content = hasFile ? file.getInputStream() : null) {
            return ObligationView.of(book.report(
                    id, version, organisationId, achieved, note, hasFile ? file.getOriginalFilename() : null, content));
        }
    }

    @PostMapping("/api/v1/obligations/{id}/confirm")
    @PreAuthorize("@agreementAccess.canActFor(#decision.organisationId())")
    @Operation(summary = "Another party confirms the report; 409 when the obligated party tries")
    ObligationView confirm(@PathVariable Long id, @RequestBody Decision decision) {
        return ObligationView.of(book.confirm(id, Versions.read(decision.version()), decision.organisationId()));
    }

    @PostMapping("/api/v1/obligations/{id}/dispute")
    @PreAuthorize("@agreementAccess.canActFor(#decision.organisationId())")
    @Operation(summary = "Another party disputes the report, with a reason")
    ObligationView dispute(@PathVariable Long id, @RequestBody Decision decision) {
        return ObligationView.of(
                book.dispute(id, Versions.read(decision.version()), decision.organisationId(), decision.reason()));
    }
}
