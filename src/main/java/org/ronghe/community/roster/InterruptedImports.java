package org.ronghe.community.roster;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, imports that were running when the platform stopped are closed so that no page waits
 * forever: before their commit they are FAILED (the open transaction died with the process, nothing was
 * written); while indexing they are DONE with a note that the search index needs a rebuild (their data is
 * committed). Assumes one application node, as the embedded database does.
 */
@Component
class InterruptedImports implements ApplicationRunner {

    private final JdbcClient jdbc;

    InterruptedImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("update roster_imports set status = 'DONE', failure_code = 'roster.index-interrupted', finished_at = now() "
                + "where status = 'INDEXING'").update();
        jdbc.sql("update roster_imports set status = 'FAILED', failure_code = 'roster.interrupted', finished_at = now() "
                + "where status in ('QUEUED', 'VALIDATING', 'IMPORTING')").update();
    }
}
