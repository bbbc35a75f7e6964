package org.ronghe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Test
    void demoDataLoadingWasAuditedAsSystemActions() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records a join bodies b on a.subject = 'body:' || b.id "
                                + "where a.action = 'body.founded' and a.origin = 'system' and a.actor = 'system' and b.name in "
                                + "('国家有色金属行业产教融合共同体', '安庆市域产教联合体', '安庆经济技术开发区产教联合体', "
                                + "'安庆高新技术产业开发区产教联合体', '安庆职业教育集团')",
                        Long.class))
                .isEqualTo(5);
    }

    /**
     * The table's own guard holds even for its owner, the superuser (as on an external database where the application
     * owns its tables); the embedded database's application role is not even allowed to try
     * (EmbeddedDatabaseSecurityTests).
     */
    @Test
    void recordsCannotBeChangedOrRemovedEvenByTheTablesOwner() {
        JdbcTemplate owner = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(owner.queryForObject(
                        "select tableowner from pg_tables where tablename = 'audit_records'", String.class))
                .isEqualTo("postgres");
        assertThatThrownBy(() -> owner.update("update audit_records set actor = 'someone-else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_records")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate audit_records")).hasMessageContaining("append-only");
    }
}
