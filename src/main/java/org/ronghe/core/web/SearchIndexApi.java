package org.ronghe.core.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ronghe.core.SearchIndexRebuilt;
import org.ronghe.core.internal.SearchIndexMaintenance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: rebuild the search index after bulk loads or restores (platform admin only). */
@RestController
@Tag(name = "Administration")
class SearchIndexApi {

    private final SearchIndexMaintenance maintenance;
    private final ApplicationEventPublisher events;

    SearchIndexApi(SearchIndexMaintenance maintenance, ApplicationEventPublisher events) {
        this.maintenance = maintenance;
        this.events = events;
    }

    @PostMapping("/api/v1/admin/search-index")
    @Operation(summary = "Rebuild the search index from the database; returns when done")
    ResponseEntity<Void> rebuild() {
        events.publishEvent(new SearchIndexRebuilt(maintenance.rebuildAll()));
        return ResponseEntity.noContent().build();
    }
}
