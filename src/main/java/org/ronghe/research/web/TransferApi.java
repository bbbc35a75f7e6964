package org.ronghe.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.ronghe.core.Versions;
import org.ronghe.identity.Permissions;
import org.ronghe.research.transfers.Transfer;
import org.ronghe.research.transfers.TransferBook;
import org.ronghe.research.transfers.TransferDraft;
import org.ronghe.research.transfers.TransferMode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfers of results (成果转化): recorded by a side (which thereby confirms it) or the body's secretariat; each side
 * confirms for itself, and once both have, the result is offered in the capability catalogue as the owner's. 409 when a
 * side confirms twice or a third organisation tries; 403 (audited) for anyone not acting for a side.
 */
@RestController
@Tag(
        name = "Transfers",
        description = "Transfers of results: licence, assignment, equity; counted when both sides confirm")
class TransferApi {

    private final TransferBook book;
    private final Permissions permissions;

    TransferApi(TransferBook book, Permissions permissions) {
        this.book = book;
        this.permissions = permissions;
    }

    /** A transfer as the API shows it; {@code capabilityId} once it is in the catalogue. */
    record TransferView(
            Long id,
            Long bodyId,
            Long projectId,
            String title,
            TransferMode mode,
            Long fromOrganisationId,
            Long toOrganisationId,
            BigDecimal amount,
            LocalDate contractOn,
            Transfer.Status status,
            boolean confirmedByFrom,
            boolean confirmedByTo,
            String disputeReason,
            Long capabilityId,
            long version) {
        static TransferView of(Transfer t) {
            return new TransferView(
                    t.id(),
                    t.bodyId(),
                    t.projectId(),
                    t.title(),
                    t.mode(),
                    t.fromId(),
                    t.toId(),
                    t.amount(),
                    t.contractOn(),
                    t.status(),
                    t.confirmedBy(t.fromId()),
                    t.confirmedBy(t.toId()),
                    t.disputeReason(),
                    t.capabilityId(),
                    t.version());
        }
    }

    /** A side's decision: for which organisation, the version read, the reason of a dispute. */
    record Decision(Long organisationId, Long version, String reason) {}

    @GetMapping("/api/v1/transfers")
    @PreAuthorize("@transferAccess.canReadBody(#bodyId)")
    @Operation(summary = "A body's transfers of results, the latest contract first")
    List<TransferView> list(@RequestParam Long bodyId) {
        return book.ofBody(bodyId).stream().map(TransferView::of).toList();
    }

    @PostMapping("/api/v1/transfers")
    @PreAuthorize("@transferAccess.canRecord(#terms)")
    @Operation(
            summary = "Record a transfer; a side's admin recording it confirms it for that side; 400 listing every "
                    + "problem")
    ResponseEntity<TransferView> record(@RequestBody TransferDraft terms) {
        List<Long> administered = permissions.administeredOrganisations();
        Long actingFor = Stream.of(terms.fromOrganisationId(), terms.toOrganisationId())
                .filter(o -> o != null && administered.contains(o))
                .findFirst()
                .orElse(null);
        Transfer transfer = book.record(terms, actingFor);
        return ResponseEntity.created(URI.create("/api/v1/transfers/" + transfer.id()))
                .body(TransferView.of(transfer));
    }

    @GetMapping("/api/v1/transfers/{id}")
    @PreAuthorize("@transferAccess.canRead(#id)")
    @Operation(summary = "One transfer")
    TransferView get(@PathVariable Long id) {
        return TransferView.of(book.get(id));
    }

    @PostMapping("/api/v1/transfers/{id}/confirm")
    @PreAuthorize("@transferAccess.canRead(#id) and @transferAccess.canActFor(#decision.organisationId())")
    @Operation(summary = "A side confirms the transfer; once both have, it counts and enters the catalogue")
    TransferView confirm(@PathVariable Long id, @RequestBody Decision decision) {
        return TransferView.of(book.confirm(id, Versions.read(decision.version()), decision.organisationId()));
    }

    @PostMapping("/api/v1/transfers/{id}/dispute")
    @PreAuthorize("@transferAccess.canRead(#id) and @transferAccess.canActFor(#decision.organisationId())")
    @Operation(summary = "A side that has not confirmed disputes the transfer, with a reason; it never counts")
    TransferView dispute(@PathVariable Long id, @RequestBody Decision decision) {
        return TransferView.of(
                book.dispute(id, Versions.read(decision.version()), decision.organisationId(), decision.reason()));
    }
}
