package org.ronghe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database accepted any connection on 127.0.0.1 as superuser without a password: any user of the host
 * could read password hashes, disable the audit trail's append-only trigger and rewrite its rows. Now every connection
 * needs a password, and the application's own role can only read and write rows.
 */
@IntegrationTest
class EmbeddedDatabaseSecurityTests {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcTemplate app;

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable statement, String reason) {
        assertThatThrownBy(statement).rootCause().hasMessageContaining(reason);
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    @Test
    void aLocalUserWithoutThePasswordCannotConnectAsAnyone() {
        for (String user : new String[] {"postgres", "ronghe", "template1"}) {
            assertThatThrownBy(
                            () -> DriverManager.getConnection(url(), user, "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url(), user, "postgres").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theApplicationWorksAsARoleThatIsNoSuperuserAndOwnsNoTable() {
        assertThat(app.queryForObject("select current_user", String.class)).isEqualTo("ronghe");
        assertThat(app.queryForObject(
                        "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user",
                        Boolean.class))
                .isFalse();
        assertThat(app.queryForObject("select count(*) from pg_tables where tableowner = current_user", Long.class))
                .isZero();
        refused(() -> app.queryForList("select passwd from pg_shadow"), "permission denied");
        refused(() -> app.execute("create table intruder (id int)"), "permission denied");
    }

    @Test
    void theApplicationRoleCanAddAuditRecordsButNeitherChangeNorRemoveThemNorDisableTheirGuard() {
        app.update(
                "insert into audit_records (occurred_at, actor, action, result) values (now(), 'test', 'test.probe', 'SUCCESS')");
        Long id = app.queryForObject("select max(id) from audit_records where action = 'test.probe'", Long.class);
        refused(
                () -> app.update("update audit_records set actor = 'someone else' where id = ?", id),
                "permission denied");
        refused(() -> app.update("delete from audit_records where id = ?", id), "permission denied");
        refused(() -> app.execute("truncate audit_records"), "permission denied");
        refused(
                () -> app.execute("alter table audit_records disable trigger audit_records_no_update_or_delete"),
                "must be owner");
        refused(() -> app.execute("drop trigger audit_records_no_update_or_delete on audit_records"), "must be owner");
        assertThat(app.queryForObject("select actor from audit_records where id = ?", String.class, id))
                .isEqualTo("test");
    }
}
