package org.ronghe.core.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: DOWN until the search index was found in step with the database (or rebuilt), so a load balancer
 * sends no searches to a node whose index would answer empty.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndexMaintenance maintenance;

    SearchIndexHealth(SearchIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Health health() {
        return maintenance.inStep()
                ? Health.up().build()
                : Health.down().withDetail("reason", "index being rebuilt").build();
    }
}
