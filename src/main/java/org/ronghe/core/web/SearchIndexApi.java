package org.ronghe.core.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ronghe.core.internal.SearchIndexMaintenance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: rebuild the search index after bulk loads or restores (platform admin only). */
@RestController
@Tag(name = "Administration")
class SearchIndexApi {

    private final SearchIndexMaintenance maintenance;

    SearchIndexApi(SearchIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @PostMapping("/api/v1/admin/search-index")
    @Operation(summary = "Rebuild the search index from the database; returns when done")
    ResponseEntity<Void> rebuild() {
        maintenance.rebuildAll();
        return ResponseEntity.noContent().build();
    }
}
