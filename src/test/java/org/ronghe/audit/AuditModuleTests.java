package org.ronghe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ronghe.core.AuditedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own: only it and the core start (no community, talent or demo data), on the embedded
 * PostgreSQL. Any module's audited event, published inside its transaction, becomes a record of the trail.
 */
@ApplicationModuleTest(extraIncludes = "core")
@ActiveProfiles("test")
class AuditModuleTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditHistory history;

    @Autowired
    ApplicationContext context;

    record SomethingHappened(String subject) implements AuditedEvent {
        public String auditAction() {
            return "test.something-happened";
        }

        public String auditSubject() {
            return subject;
        }

        public String auditDetail() {
            return "detail of " + subject;
        }
    }

    @Test
    void anAuditedEventBecomesARecordOfItsSubject() {
        transaction.executeWithoutResult(s -> events.publishEvent(new SomethingHappened("module-test:1")));

        assertThat(history.of("module-test:1", 10)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("test.something-happened");
            assertThat(r.detail()).isEqualTo("detail of module-test:1");
        });
    }

    @Test
    void onlyTheAuditModuleAndTheCoreStart() {
        assertThat(context.getBeanNamesForType(AuditHistory.class)).hasSize(1);
        assertThat(context.containsBean("community")).isFalse();
        assertThat(context.containsBean("studentBook")).isFalse();
    }
}
