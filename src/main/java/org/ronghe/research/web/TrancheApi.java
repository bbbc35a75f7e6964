package org.ronghe.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.core.Versions;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.Tranche;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Money paid under projects: the paying party declares a tranche (with a voucher); the receiving party confirms or
 * disputes it. The organisation acted for is named and the user must administer it (403 otherwise); the payer deciding
 * on its own declaration is refused (409).
 */
@RestController
@Tag(name = "Funding tranches", description = "Payments declared by the payer and confirmed or disputed by the payee")
class TrancheApi {

    private final ProjectBook book;

    TrancheApi(ProjectBook book) {
        this.book = book;
    }

    /** A confirmation or dispute: for which organisation, the version read, and the reason of a dispute. */
    record Decision(Long organisationId, Long version, String reason) {}

    @GetMapping("/api/v1/projects/{id}/tranches")
    @PreAuthorize("@projectAccess.canRead(#id)")
    @Operation(summary = "A project's tranches, by payment date")
    List<TrancheView> list(@PathVariable Long id) {
        book.get(id);
        return book.tranchesOf(id).stream().map(TrancheView::of).toList();
    }

    @PostMapping(
            path = "/api/v1/projects/{id}/tranches",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @PreAuthorize("@projectAccess.canEdit(#id) and @projectAccess.canActFor(#payerId)")
    @Operation(summary = "The payer declares a payment to another party: amount (CNY), date, a PDF or image voucher")
    ResponseEntity<TrancheView> declare(
            @PathVariable Long id,
            @RequestParam Long payerId,
            @RequestParam(required = false) Long payeeId,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestPart(name = "file", required = false) MultipartFile voucher)
            throws IOException {
        boolean hasFile = voucher != null && !voucher.isEmpty();
        try (InputStream content = hasFile ? voucher.getInputStream() : null) {
            Tranche tranche = book.declare(
                    id, payerId, payeeId, amount, paidOn, hasFile ? voucher.getOriginalFilename() : null, content);
            return ResponseEntity.created(URI.create("/api/v1/tranches/" + tranche.id()))
                    .body(TrancheView.of(tranche));
        }
    }

    @GetMapping("/api/v1/tranches/{id}")
    @PreAuthorize("@projectAccess.canReadTranche(#id)")
    @Operation(summary = "One tranche")
    TrancheView get(@PathVariable Long id) {
        return TrancheView.of(book.tranche(id));
    }

    @PostMapping("/api/v1/tranches/{id}/confirm")
    @PreAuthorize("@projectAccess.canReadTranche(#id) and @projectAccess.canActFor(#decision.organisationId())")
    @Operation(summary = "The payee confirms the money arrived; 409 when the payer tries")
    TrancheView confirm(@PathVariable Long id, @RequestBody Decision decision) {
        return TrancheView.of(book.confirm(id, Versions.read(decision.version()), decision.organisationId()));
    }

    @PostMapping("/api/v1/tranches/{id}/dispute")
    @PreAuthorize("@projectAccess.canReadTranche(#id) and @projectAccess.canActFor(#decision.organisationId())")
    @Operation(summary = "The payee disputes the declaration, with a reason; a disputed tranche never counts")
    TrancheView dispute(@PathVariable Long id, @RequestBody Decision decision) {
        return TrancheView.of(
                book.dispute(id, Versions.read(decision.version()), decision.organisationId(), decision.reason()));
    }
}
