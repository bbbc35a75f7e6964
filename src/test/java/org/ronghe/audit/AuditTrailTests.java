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
        assertThat(jdbc.queryForObject("select count(*) from audit_records a join bodies b on a.subject = 'body:' || b.id "
                + "where a.action = 'body.founded' and a.origin = 'system' and a.actor = 'system' and b.name in "
                + "('国家有色金属行业产教融合共同体', '安庆市域产教联合体', '安庆经济技术开发区产教联合体', "
                + "'安庆高新技术产业开发区产教联合体', '安庆职业教育集团')", Long.class)).isEqualTo(5);
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
