package org.ronghe.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.notification.Inbox;
import org.springframework.beans.factory.annotation.Autowired;

/** The promising party hears a week before an obligation falls due, and with the secretariat the day after it did. */
@IntegrationTest
class ObligationDeadlineTests {

    @Autowired
    TestClock clock;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    AgreementBook agreements;

    @Autowired
    ObligationBook obligations;

    @Autowired
    ObligationDeadlines deadlines;

    @Autowired
    Inbox inbox;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }

    Account adminOf(Long organisation, String tag) {
        return identity.createAccount(
                "dl-" + organisation + "-" + tag, "期限用户", "Deadline-2026!", List.of(Grant.adminOf(organisation)));
    }

    List<String> notices(Account account) {
        return inbox.page(account.id(), false, 0, 20, Locale.SIMPLIFIED_CHINESE).items().stream()
                .map(Inbox.Entry::text)
                .toList();
    }

    @Test
    void aWeekBeforeAndTheDayAfterTheDueDate() {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = organisation("期限学院" + tag);
        Long enterprise = organisation("期限企业" + tag);
        Account schoolAdmin = adminOf(school, tag);
        Account enterpriseAdmin = adminOf(enterprise, tag);
        Long id = agreements
                .draft(new AgreementDraft(
                        "期限协议" + tag,
                        AgreementKind.INTERNSHIP_EMPLOYMENT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(school, PartyRole.PARTNER, null, null, null),
                                new Party(enterprise, PartyRole.HOST, null, null, null))))
                .id();
        agreements.recordSignedByAll(id, 0, LocalDate.now(clock), null);
        LocalDate due = LocalDate.now(clock).plusDays(ObligationDeadlines.AHEAD_DAYS);
        obligations.promise(
                id, new ObligationDraft(enterprise, "接收实习生" + tag, null, null, Obligation.Cadence.ONCE, due));

        deadlines.remind();
        assertThat(notices(enterpriseAdmin))
                .contains("《期限协议" + tag + "》中贵单位的承诺“接收实习生" + tag + "”将于 " + due + " 到期，请按时履行并报告。");
        assertThat(notices(schoolAdmin)).noneMatch(n -> n.contains("接收实习生" + tag));

        clock.advance(Duration.ofDays(ObligationDeadlines.AHEAD_DAYS + 1));
        deadlines.remind();
        assertThat(notices(enterpriseAdmin))
                .contains("《期限协议" + tag + "》中的承诺“接收实习生" + tag + "”已于 " + due + " 到期，仍未确认履行。");
        clock.advance(Duration.ofDays(1));
        deadlines.remind();
        assertThat(notices(enterpriseAdmin))
                .filteredOn(n -> n.contains("接收实习生" + tag))
                .hasSize(2);
    }
}
