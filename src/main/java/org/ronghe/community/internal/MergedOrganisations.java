package org.ronghe.community.internal;

import org.ronghe.directory.OrganisationEvents.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a merged duplicate's places in bodies to the surviving organisation, in the merge's transaction: memberships
 * (with their history), lead units, council seats, guiding committee seats. Where both held the same place, the
 * survivor's is kept and the duplicate's history joins it.
 */
@Component
class MergedOrganisations {

    private final JdbcClient jdbc;

    MergedOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(OrganisationsMerged merged) {
        Long survivor = merged.survivorId();
        Long duplicate = merged.mergedId();
        jdbc.sql("""
                update memberships s set status = d.status, joined_on = coalesce(s.joined_on, d.joined_on), version = s.version + 1
                from memberships d where d.body_id = s.body_id and s.organisation_id = ? and d.organisation_id = ?
                and d.status = 'ACTIVE' and s.status <> 'ACTIVE'""").params(survivor, duplicate).update();
        jdbc.sql("""
                update membership_events e set membership_id = s.id
                from memberships d, memberships s where e.membership_id = d.id and d.organisation_id = ?
                and s.organisation_id = ? and s.body_id = d.body_id""").params(duplicate, survivor).update();
        jdbc.sql("""
                delete from memberships d using memberships s where d.organisation_id = ? and s.organisation_id = ?
                and s.body_id = d.body_id""").params(duplicate, survivor).update();
        jdbc.sql("update memberships set organisation_id = ? where organisation_id = ?")
                .params(survivor, duplicate)
                .update();
        jdbc.sql("""
                delete from body_guiding_committee d using body_guiding_committee s where d.organisation_id = ?
                and s.organisation_id = ? and s.body_id = d.body_id""").params(duplicate, survivor).update();
        for (String table : new String[] {"body_guiding_committee", "body_lead_units", "council_seats"}) {
            jdbc.sql("update " + table + " set organisation_id = ? where organisation_id = ?")
                    .params(survivor, duplicate)
                    .update();
        }
    }
}
