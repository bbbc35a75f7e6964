package org.ronghe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void demoDataLoadingWasAuditedAsSystemActions() {
        assertThat(jdbc.queryForObject("select count(*) from audit_records where action = 'body.founded' "
                + "and origin = 'system'", Long.class)).isEqualTo(5);
    }

    @Test
    void recordsCannotBeChangedOrRemoved() {
        assertThatThrownBy(() -> jdbc.update("update audit_records set actor = 'someone-else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_records"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_records"))
                .hasMessageContaining("append-only");
    }
}
