package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.docking.products.CoreProduct;
import org.ronghe.docking.products.CoreProductAccess;
import org.ronghe.docking.products.CoreProductBook;
import org.ronghe.docking.products.CoreProductDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Core products (核心产品清单) and suggested partners for integrators: read by every signed-in user, kept by the
 * organisation's admins and the secretariats of its bodies (403 otherwise, audited; 409 on a stale version).
 */
@RestController
@Tag(name = "Core products", description = "核心产品清单 of member enterprises, and partners suggested from them")
class ProductApi {

    private final CoreProductBook book;
    private final CoreProductAccess access;
    private final ProductViews views;

    ProductApi(CoreProductBook book, CoreProductAccess access, ProductViews views) {
        this.book = book;
        this.access = access;
        this.views = views;
    }

    record Revision(Long version, CoreProductDraft terms) {}

    @GetMapping("/api/v1/core-products")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The core products of a body's active members, or of one organisation; q in name or technologies")
    PageResult<ProductViews.ProductRow> find(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (bodyId == null && organisationId == null) {
            throw new InvalidInput("bodyId", "input.required");
        }
        return views.find(bodyId, organisationId, q, page, size);
    }

    @GetMapping("/api/v1/core-products/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One core product")
    ProductViews.ProductRow get(@PathVariable Long id) {
        return views.row(book.get(id));
    }

    @PostMapping("/api/v1/core-products")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "List a core product of an organisation (its admins, or the secretariat of a body it belongs to)")
    ResponseEntity<ProductViews.ProductRow> list(@RequestBody CoreProductDraft terms) {
        if (terms == null || !access.canKeep(terms.organisationId())) {
            throw new AccessDeniedException("core product");
        }
        CoreProduct product = book.list(terms);
        return ResponseEntity.created(URI.create("/api/v1/core-products/" + product.id()))
                .body(views.row(product));
    }

    @PutMapping("/api/v1/core-products/{id}")
    @PreAuthorize("@coreProductAccess.canEdit(#id)")
    @Operation(summary = "Revise a core product (409 when changed since the version read)")
    ProductViews.ProductRow revise(@PathVariable Long id, @RequestBody Revision revision) {
        if (revision.terms() == null) {
            throw new InvalidInput("terms", "input.required");
        }
        return views.row(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @DeleteMapping("/api/v1/core-products/{id}")
    @PreAuthorize("@coreProductAccess.canEdit(#id)")
    @Operation(summary = "Remove a core product (409 when changed since the version read)")
    ResponseEntity<Void> remove(@PathVariable Long id, @RequestParam Long version) {
        book.remove(id, Versions.read(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/organisations/{id}/partners")
    @PreAuthorize("@coreProductAccess.canKeep(#id)")
    @Operation(
            summary =
                    "Partners suggested to an organisation (its admins, its bodies' secretariats): organisations whose "
                            + "capabilities match its needs and core products, or whose needs its capabilities answer")
    Map<String, List<ProductViews.PartnerRow>> partners(
            @PathVariable Long id, @RequestParam(defaultValue = "20") int size) {
        return Map.of("items", views.partners(id, Math.max(1, Math.min(size, 50))));
    }
}
