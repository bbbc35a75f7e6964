package org.ronghe.identity.internal;

import org.ronghe.directory.OrganisationEvents.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins of a merged duplicate become admins of the surviving organisation. Signed-in users see the change at their
 * next sign-in (grants are read at authentication).
 */
@Component
class MergedOrganisationGrants {

    private final JdbcClient jdbc;

    MergedOrganisationGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(OrganisationsMerged merged) {
        jdbc.sql("update account_grants set organisation_id = ? where organisation_id = ?")
                .params(merged.survivorId(), merged.mergedId())
                .update();
    }
}
