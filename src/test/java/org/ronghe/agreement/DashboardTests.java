package org.ronghe.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The body dashboard follows the records: counts by kind and status, money committed and reported (the latest report of
 * a period), confirmed periods against overdue obligations, dormant agreements; the list filters behind its numbers.
 */
@IntegrationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    AgreementBook agreements;

    @Autowired
    ObligationBook obligations;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    Long school;
    Long enterprise;
    String secretariat;

    @BeforeEach
    void body() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("看板测试共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        school = organisation("看板测试学院" + tag);
        enterprise = organisation("看板测试企业" + tag);
        secretariat = token("db-sec-" + tag, Grant.secretariatOf(body));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** The body's sums, kept by differences, equal the sums of its agreements' rows. */
    @AfterEach
    void theBodysSumsAddUp() {
        String sums = "select kind, status, agreements, committed_yuan, confirmed_periods, reported_yuan "
                + "from body_agreement_figures where body_id = ? and agreements > 0 order by kind, status";
        String derived = "select kind, status, count(*) agreements, sum(committed_yuan) committed_yuan, "
                + "sum(confirmed_periods) confirmed_periods, sum(reported_yuan) reported_yuan from agreement_figures "
                + "where body_id = ? group by kind, status order by kind, status";
        assertThat(jdbc.queryForList(sums, body).toString())
                .isEqualTo(jdbc.queryForList(derived, body).toString())
                .contains("agreements=");
    }

    @Test
    void theFiguresFollowReportsConfirmationsAndTheClock() throws Exception {
        Long research = runningAgreement(
                "联合研发协议" + tag, AgreementKind.JOINT_RESEARCH, new BigDecimal("1000000"), new BigDecimal("500000.50"));
        agreements.draft(terms("培训协议草案" + tag, AgreementKind.TRAINING, new BigDecimal("99"), null));
        LocalDate today = LocalDate.now(clock);
        Obligation fund = obligations.promise(
                research,
                new ObligationDraft(
                        enterprise,
                        "资助研发经费" + tag,
                        new BigDecimal("200"),
                        "万元",
                        Obligation.Cadence.ONCE,
                        today.plusDays(10)));
        obligations.promise(
                research,
                new ObligationDraft(
                        school, "共建课程" + tag, new BigDecimal("2"), "门", Obligation.Cadence.ONCE, today.plusDays(5)));

        dashboard()
                .andExpect(jsonPath("$.agreements").value(2))
                .andExpect(jsonPath("$.committedYuan").value(1500000.50))
                .andExpect(jsonPath("$.reportedYuan").value(0))
                .andExpect(jsonPath("$.fulfilmentPercent").doesNotExist());

        obligations.report(fund.id(), 0, enterprise, new BigDecimal("150"), null, null, null);
        obligations.dispute(fund.id(), 1, school, "经费未到账" + tag);
        obligations.report(fund.id(), 2, enterprise, new BigDecimal("200"), null, null, null);
        dashboard().andExpect(jsonPath("$.reportedYuan").value(2000000.0));
        obligations.confirm(fund.id(), 3, school);

        clock.advance(Duration.ofDays(20));
        dashboard()
                .andExpect(jsonPath("$.confirmedPeriods").value(1))
                .andExpect(jsonPath("$.overdueObligations").value(1))
                .andExpect(jsonPath("$.fulfilmentPercent").value(50.0))
                .andExpect(jsonPath("$.overdue[0].description").value("共建课程" + tag))
                .andExpect(jsonPath("$.cells[?(@.kind == 'JOINT_RESEARCH' && @.status == 'IN_FORCE')].agreements")
                        .value(Matchers.contains(1)));
        api("/api/v1/obligations?show=CONFIRMED&bodyId=" + body)
                .andExpect(jsonPath("$.items[0].description").value("资助研发经费" + tag))
                .andExpect(jsonPath("$.items[0].confirmedPeriods").value(1));
        api("/api/v1/obligations?show=REPORTED&bodyId=" + body)
                .andExpect(jsonPath("$.items[0].reportedYuan").value(2000000.0));
        api("/api/v1/agreements?overdue=true&bodyId=" + body)
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(research.intValue())));
        api("/api/v1/agreements?money=true&bodyId=" + body)
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(research.intValue())));
        api("/api/v1/agreements?dormant=true&bodyId=" + body)
                .andExpect(jsonPath("$.total").value(0));
        byte[] xlsx = mvc.perform(get("/api/v1/agreements/export?money=true&bodyId=" + body)
                        .header("Authorization", secretariat))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(1500000.50);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2000000.0);
        }

        clock.advance(Duration.ofDays(200));
        dashboard()
                .andExpect(jsonPath("$.dormantAgreements").value(1))
                .andExpect(jsonPath("$.dormant[0].agreementId").value(research.intValue()));
        api("/api/v1/agreements?dormant=true&bodyId=" + body)
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(research.intValue())));
    }

    @Test
    void anEndedAgreementsObligationsAreNoLongerOverdue() throws Exception {
        Long id = runningAgreement("终止测试协议" + tag, AgreementKind.TRAINING, null, null);
        obligations.promise(
                id,
                new ObligationDraft(
                        school,
                        "培训教师" + tag,
                        new BigDecimal("30"),
                        "人",
                        Obligation.Cadence.YEARLY,
                        LocalDate.now(clock).plusDays(1)));
        clock.advance(Duration.ofDays(3));
        dashboard().andExpect(jsonPath("$.overdueObligations").value(1));

        agreements.terminate(id, agreements.get(id).version(), "合作方退出" + tag);
        dashboard()
                .andExpect(jsonPath("$.overdueObligations").value(0))
                .andExpect(jsonPath("$.committedYuan").value(0));
    }

    @Test
    void thePageLinksEveryNumberAndOutsidersAreRefused() throws Exception {
        Long id = runningAgreement("页面看板协议" + tag, AgreementKind.FRAMEWORK, new BigDecimal("300"), null);
        String page = mvc.perform(get("/agreements/dashboard?bodyId=" + body)
                        .header("Accept-Language", "zh-CN")
                        .with(user(RongheUserFactory.forLogin(
                                identity.findByUsername("db-sec-" + tag).orElseThrow(), Instant.now()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "协议看板",
                        "/agreements?bodyId=" + body + "&amp;kind=FRAMEWORK&amp;status=IN_FORCE",
                        "/agreements/obligations?bodyId=" + body + "&amp;show=OVERDUE",
                        "¥300.00");
        String list = mvc.perform(get("/agreements?party=" + school)
                        .header("Accept-Language", "zh-CN")
                        .with(user(RongheUserFactory.forLogin(
                                identity.findByUsername("db-sec-" + tag).orElseThrow(), Instant.now()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("协议方：看板测试学院" + tag, "页面看板协议" + tag, "300.00");
        assertThat(id).isNotNull();

        String outsider = token("db-out-" + tag, Grant.adminOf(school));
        mvc.perform(get("/api/v1/agreements/dashboard?bodyId=" + body).header("Authorization", outsider))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/obligations?show=OVERDUE&bodyId=" + body).header("Authorization", outsider))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRemindersCountEveryOverdueObligationOfTheirScopeAndListTheFirstTwenty() throws Exception {
        Long id = runningAgreement("逾期较多的协议" + tag, AgreementKind.TRAINING, null, null);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 23; i++) {
            obligations.promise(
                    id,
                    new ObligationDraft(
                            school,
                            "第" + i + "项培训" + tag,
                            null,
                            null,
                            Obligation.Cadence.ONCE,
                            today.plusDays(1 + i % 3)));
        }
        Long other = community
                .found(new BodyDraft("另一共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        var twoBodies = identity.createAccount(
                "db-two-" + tag,
                "两个共同体",
                "Dashboard-2026!",
                List.of(Grant.secretariatOf(other), Grant.secretariatOf(body)));
        String[] readers = {
            secretariat,
            token("db-party-" + tag, Grant.adminOf(school)),
            "Bearer "
                    + identity.issueToken(twoBodies.id(), "t", Duration.ofDays(400))
                            .secret()
        };
        clock.advance(Duration.ofDays(5));
        for (String reader : readers) {
            mvc.perform(get("/api/v1/reminders").header("Authorization", reader))
                    .andExpect(jsonPath("$.overdueCount").value(23))
                    .andExpect(jsonPath("$.overdue.length()").value(20))
                    .andExpect(jsonPath("$.overdue[0].description").value("第0项培训" + tag))
                    .andExpect(jsonPath("$.dueSoonCount").value(0));
            mvc.perform(get("/api/v1/workbench").header("Authorization", reader))
                    .andExpect(
                            jsonPath("$[?(@.titleKey == 'work.overdue')].count").value(Matchers.contains(23)));
        }
    }

    private Long runningAgreement(String title, AgreementKind kind, BigDecimal cash, BigDecimal inKind) {
        Long id = agreements.draft(terms(title, kind, cash, inKind)).id();
        agreements.recordSignedByAll(id, 0, LocalDate.now(clock), null);
        return agreements.bringIntoForce(id, 1).id();
    }

    private AgreementDraft terms(String title, AgreementKind kind, BigDecimal cash, BigDecimal inKind) {
        return new AgreementDraft(
                title,
                kind,
                body,
                null,
                null,
                null,
                null,
                List.of(
                        new Party(school, PartyRole.PARTNER, null, cash, null),
                        new Party(enterprise, PartyRole.FUNDER, null, null, inKind)));
    }

    private ResultActions dashboard() throws Exception {
        return api("/api/v1/agreements/dashboard?bodyId=" + body);
    }

    private ResultActions api(String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", secretariat))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    private Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }

    private String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Dashboard-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(400)).secret();
    }
}
