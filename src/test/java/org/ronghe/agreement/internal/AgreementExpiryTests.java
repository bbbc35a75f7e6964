package org.ronghe.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.AgreementStatus;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The nightly expiry: agreements whose term ended expire, once, however many nodes start the job. */
@IntegrationTest
class AgreementExpiryTests {

    @Autowired
    AgreementExpiry expiry;

    @Autowired
    AgreementBook ledger;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    Long signed(LocalDate termEndsOn) {
        String tag = Long.toString(System.nanoTime(), 36);
        List<Party> parties = List.of(
                new Party(organisation("到期测试甲" + tag), PartyRole.INITIATOR, null, null, null),
                new Party(organisation("到期测试乙" + tag), PartyRole.PARTNER, null, null, null));
        Long id = ledger.draft(new AgreementDraft(
                        "到期测试协议" + tag,
                        AgreementKind.TRAINING,
                        null,
                        null,
                        null,
                        LocalDate.of(2020, 1, 1),
                        termEndsOn,
                        parties))
                .id();
        ledger.recordSignedByAll(id, 0, LocalDate.of(2020, 1, 1), null);
        return id;
    }

    Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }

    long expiredRecords(Long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_records where action = 'agreement.expired' and subject = ?",
                Long.class,
                "agreement:" + id);
    }

    @Test
    void twoNodesStartingTheJobTogetherExpireEachEndedAgreementOnce() throws Exception {
        Long ended = signed(LocalDate.of(2021, 12, 31));
        Long running = signed(LocalDate.now().plusYears(1));
        CountDownLatch start = new CountDownLatch(1);
        Runnable node = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            expiry.expireEndedTerms();
        };
        CompletableFuture<Void> first = CompletableFuture.runAsync(node);
        CompletableFuture<Void> second = CompletableFuture.runAsync(node);
        start.countDown();
        CompletableFuture.allOf(first, second).get();

        assertThat(ledger.get(ended).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(ledger.get(running).status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(expiredRecords(ended)).isEqualTo(1);

        Long endedLater = signed(LocalDate.of(2022, 6, 30));
        expiry.expireEndedTerms();
        assertThat(ledger.get(endedLater).status())
                .as("the lock is held for a minute after a run")
                .isEqualTo(AgreementStatus.SIGNED);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'agreement-expiry'", Long.class))
                .isEqualTo(1);
    }
}
