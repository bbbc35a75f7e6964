package org.ronghe.agreement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The reminders inbox: due soon, overdue after the clock moves on, dormant after 180 days without progress. */
@IntegrationTest
class ReminderTests {

    @Autowired
    MockMvc mvc;

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

    String token(String username, Long organisation) {
        var account =
                identity.createAccount(username, username, "Reminder-2026!", List.of(Grant.adminOf(organisation)));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(400)).secret();
    }

    RequestPostProcessor signedIn(String username) {
        return user(RongheUserFactory.forLogin(identity.findByUsername(username).orElseThrow(), Instant.now()));
    }

    @Test
    void anObligationIsDueSoonThenOverdueAndAnIdleAgreementTurnsDormant() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = organisation("提醒测试学院" + tag);
        Long enterprise = organisation("提醒测试企业" + tag);
        String schoolUser = token("rm-s-" + tag, school);
        String outsider = token("rm-o-" + tag, organisation("提醒局外" + tag));
        Long id = agreements
                .draft(new AgreementDraft(
                        "提醒测试协议" + tag,
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
        agreements.recordSignedByAll(id, 0, LocalDate.now(Clock.systemDefaultZone()), null);
        agreements.bringIntoForce(id, 1);
        LocalDate due = LocalDate.now(clock).plusDays(20);
        obligations.promise(
                id, new ObligationDraft(enterprise, "接收实习生" + tag, null, null, Obligation.Cadence.ONCE, due));

        mvc.perform(get("/api/v1/reminders").header("Authorization", schoolUser))
                .andExpect(jsonPath("$.dueSoon[*].description", Matchers.hasItem("接收实习生" + tag)))
                .andExpect(jsonPath("$.overdue[*].description", Matchers.not(Matchers.hasItem("接收实习生" + tag))));
        mvc.perform(get("/api/v1/reminders").header("Authorization", outsider))
                .andExpect(jsonPath("$.dueSoon.length()").value(0));

        clock.advance(Duration.ofDays(40));
        mvc.perform(get("/api/v1/reminders").header("Authorization", schoolUser))
                .andExpect(jsonPath("$.overdue[*].description", Matchers.hasItem("接收实习生" + tag)))
                .andExpect(jsonPath("$.dormant[*].title", Matchers.not(Matchers.hasItem("提醒测试协议" + tag))));
        mvc.perform(get("/inbox").with(signedIn("rm-s-" + tag)).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("已逾期的义务"), Matchers.containsString("接收实习生" + tag))));

        clock.advance(Duration.ofDays(150));
        mvc.perform(get("/api/v1/reminders").header("Authorization", schoolUser))
                .andExpect(jsonPath("$.dormant[*].title", Matchers.hasItem("提醒测试协议" + tag)));
    }
}
