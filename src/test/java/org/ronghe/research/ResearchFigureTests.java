package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The R&D figures move by each record's exact difference: budgets committed while a project is not terminated, money
 * declared unless disputed and confirmed only by the payee, outputs once for the body and once per owner, transfers
 * once both sides confirmed; each figure opens exactly its records, the read model never drifts from the records, and
 * only the body's readers (or an organisation's admins, for its own) see any of it.
 */
@IntegrationTest
class ResearchFigureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<org.ronghe.core.figures.FigureSource> sources;

    Long body;
    Long enterprise;
    Long university;
    String secretariat;
    String observer;
    String enterpriseAdmin;
    String universityAdmin;
    String outsiderAdmin;

    @BeforeEach
    void aBodyWithAnEnterpriseAndAUniversity() {
        String tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("研发统计共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        enterprise = organisation("研发统计铜业" + tag, OrganisationType.ENTERPRISE);
        university = organisation("研发统计大学" + tag, OrganisationType.UNIVERSITY);
        Long outsider = organisation("研发统计局外企业" + tag, OrganisationType.ENTERPRISE);
        secretariat = token("rf-s-" + tag, Grant.secretariatOf(body));
        observer = token("rf-v-" + tag, Grant.observerOf(body));
        enterpriseAdmin = token("rf-e-" + tag, Grant.adminOf(enterprise));
        universityAdmin = token("rf-u-" + tag, Grant.adminOf(university));
        outsiderAdmin = token("rf-o-" + tag, Grant.adminOf(outsider));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Research-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String content) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(content));
    }

    ResultActions read(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token).header("Accept-Language", "zh-CN"));
    }

    static Long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    int version(Long project) throws Exception {
        return JsonPath.read(
                read("/api/v1/projects/" + project, secretariat)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");
    }

    String terms(String startsOn, String universityBudget) {
        return "{\"bodyId\":" + body + ",\"title\":\"高端铝合金熔铸攻关\",\"kind\":\"TACKLING\","
                + "\"startsOn\":" + (startsOn == null ? "null" : "\"" + startsOn + "\"") + ",\"endsOn\":null,"
                + "\"parties\":[{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\",\"budget\":3000000},"
                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\",\"budget\":" + universityBudget
                + "}]}";
    }

    Long plan(String startsOn) throws Exception {
        return id(send(post("/api/v1/projects"), secretariat, terms(startsOn, "500000.50"))
                .andExpect(status().isCreated()));
    }

    Long declare(Long project, String amount, String paidOn) throws Exception {
        return id(mvc.perform(multipart("/api/v1/projects/" + project + "/tranches")
                        .param("payerId", enterprise.toString())
                        .param("payeeId", university.toString())
                        .param("amount", amount)
                        .param("paidOn", paidOn)
                        .header("Authorization", enterpriseAdmin))
                .andExpect(status().isCreated()));
    }

    String decision(Long organisation, int version, String reason) {
        return "{\"organisationId\":" + organisation + ",\"version\":" + version
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    String figures() {
        return "/api/v1/projects/figures?bodyId=" + body;
    }

    @Test
    void moneyCommittedDeclaredAndConfirmedMovesByTheExactDifference() throws Exception {
        Long project = plan("2026-01-10");
        read(figures(), observer)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(3500000.50))
                .andExpect(jsonPath("$.declared").value(0))
                .andExpect(jsonPath("$.byMonth.length()").value(1))
                .andExpect(jsonPath("$.byMonth[0].key").value("2026-01"))
                .andExpect(jsonPath("$.byParty[0].id").value(enterprise))
                .andExpect(jsonPath("$.byParty[0].committed").value(3000000))
                .andExpect(jsonPath("$.byParty[1].id").value(university))
                .andExpect(jsonPath("$.byParty[1].committed").value(500000.50));

        Long confirmed = declare(project, "1200000.00", "2026-03-15");
        send(post("/api/v1/tranches/" + confirmed + "/confirm"), universityAdmin, decision(university, 0, null))
                .andExpect(status().isOk());
        Long disputed = declare(project, "800000", "2026-03-20");
        send(post("/api/v1/tranches/" + disputed + "/dispute"), universityAdmin, decision(university, 0, "未收到"))
                .andExpect(status().isOk());
        Long pending = declare(project, "300000.25", "2026-04-02");
        read(figures(), observer)
                .andExpect(jsonPath("$.committed").value(3500000.50))
                .andExpect(jsonPath("$.declared").value(1500000.25))
                .andExpect(jsonPath("$.confirmed").value(1200000))
                .andExpect(jsonPath("$.byMonth[1].key").value("2026-03"))
                .andExpect(jsonPath("$.byMonth[1].declared").value(1200000))
                .andExpect(jsonPath("$.byMonth[2].key").value("2026-04"))
                .andExpect(jsonPath("$.byMonth[2].confirmed").value(0));
        String tranches = "/api/v1/projects/figures/tranches?bodyId=" + body;
        read(tranches + "&month=2026-03", observer)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(confirmed));
        read(tranches, observer)
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(pending))
                .andExpect(jsonPath("$.items[1].id").value(confirmed));
        read(tranches + "&confirmed=true", observer)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(confirmed));
        read("/api/v1/projects/figures/tranches?organisationId=" + university, universityAdmin)
                .andExpect(jsonPath("$.total").value(0));
        read("/api/v1/projects/figures?organisationId=" + enterprise, enterpriseAdmin)
                .andExpect(jsonPath("$.committed").value(3000000))
                .andExpect(jsonPath("$.declared").value(1500000.25))
                .andExpect(jsonPath("$.confirmed").value(1200000))
                .andExpect(jsonPath("$.byBody[0].id").value(body));
        read("/api/v1/projects/figures?organisationId=" + university, universityAdmin)
                .andExpect(jsonPath("$.committed").value(500000.50))
                .andExpect(jsonPath("$.declared").value(0));

        send(
                        put("/api/v1/projects/" + project),
                        secretariat,
                        "{\"version\":" + version(project) + ",\"terms\":" + terms("2026-01-10", "700000") + "}")
                .andExpect(status().isOk());
        read(figures(), observer)
                .andExpect(jsonPath("$.committed").value(3700000))
                .andExpect(jsonPath("$.byParty[1].committed").value(700000));
        send(
                        put("/api/v1/projects/" + project),
                        secretariat,
                        "{\"version\":" + version(project) + ",\"terms\":" + terms("2026-02-01", "700000") + "}")
                .andExpect(status().isOk());
        read(figures(), observer)
                .andExpect(jsonPath("$.committed").value(3700000))
                .andExpect(jsonPath("$.byMonth[0].key").value("2026-02"))
                .andExpect(jsonPath("$.byMonth[0].committed").value(3700000));
        read("/api/v1/projects/figures/projects?bodyId=" + body + "&month=2026-02", observer)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(project));
        read("/api/v1/projects/figures/projects?bodyId=" + body + "&month=2026-01", observer)
                .andExpect(jsonPath("$.total").value(0));
        assertNoDrift();

        send(
                        post("/api/v1/projects/" + project + "/terminate"),
                        secretariat,
                        "{\"version\":" + version(project) + ",\"reason\":\"经费不足\"}")
                .andExpect(status().isOk());
        read(figures(), observer)
                .andExpect(jsonPath("$.committed").value(0))
                .andExpect(jsonPath("$.declared").value(1500000.25))
                .andExpect(jsonPath("$.confirmed").value(1200000))
                .andExpect(jsonPath("$.byParty[0].committed").value(0))
                .andExpect(jsonPath("$.byParty[0].confirmed").value(1200000));
        read("/api/v1/projects/figures/projects?bodyId=" + body, observer)
                .andExpect(jsonPath("$.total").value(0));
        assertNoDrift();
    }

    @Test
    void anOutputCountsOnceForTheBodyAndOnceForEachOwnerAndATransferOnceBothSidesConfirm() throws Exception {
        Long project = plan(null);
        String month = jdbc.queryForObject(
                "select to_char(planned_on, 'YYYY-MM') from research_projects where id = ?", String.class, project);
        read(figures(), observer).andExpect(jsonPath("$.byMonth[0].key").value(month));
        Long output = id(send(
                        post("/api/v1/projects/" + project + "/outputs"),
                        universityAdmin,
                        "{\"kind\":\"PAPER\",\"title\":\"高强铝合金熔铸组织研究\",\"identifier\":\"10.1016/j.jallcom.2020.155432\","
                                + "\"ownerIds\":[" + university + "," + enterprise + "]}")
                .andExpect(status().isCreated()));
        read(figures(), observer)
                .andExpect(jsonPath("$.outputs").value(1))
                .andExpect(jsonPath("$.outputsByKind[0].key").value("PAPER"))
                .andExpect(jsonPath("$.outputsByKind[0].outputs").value(1))
                .andExpect(jsonPath("$.outputsByMonth[0].key").value(month))
                .andExpect(jsonPath("$.outputsByParty.length()").value(2));
        read("/api/v1/projects/figures?organisationId=" + enterprise, enterpriseAdmin)
                .andExpect(jsonPath("$.outputs").value(1));
        read("/api/v1/projects/figures?organisationId=" + university, universityAdmin)
                .andExpect(jsonPath("$.outputs").value(1));
        String outputs = "/api/v1/projects/figures/outputs?bodyId=" + body;
        read(outputs + "&kind=PAPER&month=" + month, observer)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(output));
        read(outputs + "&kind=PATENT", observer).andExpect(jsonPath("$.total").value(0));
        read("/api/v1/projects/figures/outputs?organisationId=" + enterprise, enterpriseAdmin)
                .andExpect(jsonPath("$.items[0].id").value(output));

        String transfer = "{\"bodyId\":" + body + ",\"projectId\":" + project + ",\"title\":\"熔铸组织研究成果许可\","
                + "\"mode\":\"LICENCE\",\"fromOrganisationId\":" + university + ",\"toOrganisationId\":" + enterprise
                + ",\"amount\":500000,\"contractOn\":\"2026-06-01\"}";
        Long counted = id(send(post("/api/v1/transfers"), universityAdmin, transfer));
        read(figures(), observer).andExpect(jsonPath("$.transfers").value(0));
        read("/api/v1/projects/figures/transfers?bodyId=" + body, observer)
                .andExpect(jsonPath("$.total").value(0));
        send(post("/api/v1/transfers/" + counted + "/confirm"), enterpriseAdmin, decision(enterprise, 0, null))
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        Long disputed = id(send(post("/api/v1/transfers"), universityAdmin, transfer.replace("500000", "90000")));
        send(post("/api/v1/transfers/" + disputed + "/dispute"), enterpriseAdmin, decision(enterprise, 0, "未签合同"))
                .andExpect(jsonPath("$.status").value("DISPUTED"));
        read(figures(), observer)
                .andExpect(jsonPath("$.transfers").value(1))
                .andExpect(jsonPath("$.transferValue").value(500000))
                .andExpect(jsonPath("$.byParty[1].id").value(university))
                .andExpect(jsonPath("$.byParty[1].transferValue").value(500000));
        read("/api/v1/projects/figures?organisationId=" + enterprise, enterpriseAdmin)
                .andExpect(jsonPath("$.transfers").value(0));
        read("/api/v1/projects/figures/transfers?bodyId=" + body + "&month=2026-06", observer)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(counted));
        read("/api/v1/projects/figures/transfers?organisationId=" + university, universityAdmin)
                .andExpect(jsonPath("$.total").value(1));
        assertNoDrift();
    }

    @Test
    void onlyTheBodysReadersAndTheOrganisationsOwnAdminsSeeTheFigures() throws Exception {
        plan("2026-01-10");
        read(figures(), outsiderAdmin).andExpect(status().isForbidden());
        read(figures(), enterpriseAdmin).andExpect(status().isForbidden());
        read("/api/v1/projects/figures/tranches?bodyId=" + body, enterpriseAdmin)
                .andExpect(status().isForbidden());
        read("/api/v1/projects/figures?organisationId=" + university, enterpriseAdmin)
                .andExpect(status().isForbidden());
        read("/api/v1/projects/figures", observer).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where result = 'DENIED' and subject = ?",
                        Long.class,
                        "/api/v1/projects/figures"))
                .isPositive();
        read(figures(), secretariat)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(3500000.50));
        read("/api/v1/projects/figures/tranches?bodyId=" + body + "&month=九月", observer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.month").value("月份请写成 2026-09 的形式。"));
        read("/api/v1/projects/figures/outputs?bodyId=" + body + "&kind=NOVEL", observer)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").value("没有这种成果类型。"));
    }

    /** Every non-zero row of the body's figures is what its records sum to, and nothing else. */
    void assertNoDrift() {
        String money = """
                with b as (select ?::bigint as id),
                records as (
                    select date_trunc('month', coalesce(p.starts_on, p.planned_on))::date as month, s.side,
                           case when s.side = 'BODY' then 0 else x.organisation_id end as organisation_id,
                           x.budget as c, 0 as d, 0 as f, 0 as t, 0 as v
                    from research_projects p join b on p.body_id = b.id
                    join research_project_parties x on x.project_id = p.id
                    cross join (values ('BODY'), ('PARTY')) as s (side)
                    where p.status <> 'TERMINATED' and x.budget is not null
                    union all
                    select date_trunc('month', t.paid_on)::date, s.side,
                           case when s.side = 'BODY' then 0 else t.payer_id end,
                           0, t.amount, case when t.status = 'CONFIRMED' then t.amount else 0 end, 0, 0
                    from research_tranches t join research_projects p on p.id = t.project_id join b on p.body_id = b.id
                    cross join (values ('BODY'), ('PARTY')) as s (side)
                    where t.status <> 'DISPUTED'
                    union all
                    select date_trunc('month', r.contract_on)::date, s.side,
                           case when s.side = 'BODY' then 0 else r.from_id end, 0, 0, 0, 1, r.amount
                    from research_transfers r join b on r.body_id = b.id
                    cross join (values ('BODY'), ('PARTY')) as s (side)
                    where r.status = 'CONFIRMED'),
                expected as (
                    select month, side, organisation_id, sum(c) c, sum(d) d, sum(f) f, sum(t) t, sum(v) v
                    from records group by 1, 2, 3
                    having sum(c) <> 0 or sum(d) <> 0 or sum(f) <> 0 or sum(t) <> 0 or sum(v) <> 0),
                kept as (
                    select month, side, organisation_id, committed c, declared d, confirmed f, transfers t,
                           transfer_value v
                    from research_figures join b on body_id = b.id
                    where committed <> 0 or declared <> 0 or confirmed <> 0 or transfers <> 0 or transfer_value <> 0)
                select (select count(*) from expected),
                       (select count(*) from ((select * from expected except select * from kept)
                                              union all (select * from kept except select * from expected)) x)""";
        List<Long> found = jdbc.queryForObject(money, (r, n) -> List.of(r.getLong(1), r.getLong(2)), body);
        assertThat(found.get(0)).as("rows the records make").isPositive();
        assertThat(found.get(1)).as("rows that differ from the records").isZero();
        String outputs = """
                with records as (
                    select date_trunc('month', o.recorded_on)::date as month, 'BODY' as side,
                           0::bigint as organisation_id, o.kind
                    from research_outputs o join research_projects p on p.id = o.project_id where p.body_id = ?
                    union all
                    select date_trunc('month', o.recorded_on)::date, 'PARTY', w.organisation_id, o.kind
                    from research_outputs o join research_projects p on p.id = o.project_id
                    join research_output_owners w on w.output_id = o.id where p.body_id = ?),
                expected as (select month, side, organisation_id, kind, count(*) n from records group by 1, 2, 3, 4),
                kept as (select month, side, organisation_id, kind, outputs n from research_output_figures
                         where body_id = ? and outputs <> 0)
                select count(*) from ((select * from expected except select * from kept)
                                      union all (select * from kept except select * from expected)) x""";
        assertThat(jdbc.queryForObject(outputs, Long.class, body, body, body))
                .as("output rows that differ from the records")
                .isZero();
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor login(Grant grant) {
        String name = "rf-page-" + System.nanoTime();
        var account = identity.createAccount(name, name, "Research-2026!", List.of(grant));
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                org.ronghe.identity.RongheUserFactory.forLogin(account, java.time.Instant.now()));
    }

    String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who, String language)
            throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDashboardPageShowsEachFigureAndOpensTheRecordsBehindIt() throws Exception {
        Long project = plan("2026-01-10");
        Long tranche = declare(project, "1200000.00", "2026-03-15");
        send(post("/api/v1/tranches/" + tranche + "/confirm"), universityAdmin, decision(university, 0, null))
                .andExpect(status().isOk());
        var evaluated = sources.stream()
                .flatMap(source -> source.figures(org.ronghe.core.figures.BodyPeriod.year(body, 2026)).stream())
                .collect(java.util.stream.Collectors.toMap(
                        org.ronghe.core.figures.Figure::key, org.ronghe.core.figures.Figure::value));
        assertThat(evaluated.get("research.money-confirmed")).isEqualByComparingTo("1200000.00");
        assertThat(evaluated.get("research.transfers")).isEqualByComparingTo("0");
        assertThat(sources.stream()
                        .flatMap(source -> source.figures(org.ronghe.core.figures.BodyPeriod.year(body, 2025)).stream())
                        .filter(f -> f.key().equals("research.money-confirmed"))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("0");
        var reader = login(Grant.observerOf(body));
        String dashboard = page("/projects/dashboard?bodyId=" + body, reader, "zh-CN");
        assertThat(dashboard)
                .contains("科研统计", "3,500,000.50", "1,200,000.00", "研发统计铜业")
                .contains("/projects/figures/tranches?confirmed=true&amp;bodyId=" + body)
                .contains("/projects/figures/projects?bodyId=" + body + "&amp;month=2026-01");
        assertThat(page("/projects/figures/tranches?confirmed=true&bodyId=" + body, reader, "en"))
                .contains("Tranches", "1,200,000.00", "1 in all", "#tranche-" + tranche);
        assertThat(page("/projects/figures/projects?bodyId=" + body + "&month=2026-01", reader, "zh-TW"))
                .contains("高端铝合金熔铸攻关", "共 1 條");
        assertThat(page("/projects/figures/outputs?bodyId=" + body, reader, "zh-CN"))
                .contains("没有符合条件的记录。");
        var enterprise = login(Grant.adminOf(this.enterprise));
        mvc.perform(get("/projects/dashboard?bodyId=" + body).with(enterprise)).andExpect(status().isForbidden());
        assertThat(page("/projects/dashboard?organisationId=" + this.enterprise, enterprise, "zh-CN"))
                .contains("3,000,000.00", "研发统计共同体");
        mvc.perform(get("/projects/figures/nothing?bodyId=" + body).with(reader))
                .andExpect(status().isNotFound());
        byte[] sheet = mvc.perform(get("/projects/figures/tranches.xlsx?confirmed=true&bodyId=" + body)
                        .with(reader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getLastRowNum()).isEqualTo(1);
            assertThat(rows.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1200000.0);
            assertThat(rows.getRow(1).getCell(1).getStringCellValue()).startsWith("研发统计铜业");
        }
        mvc.perform(get("/projects/figures/tranches.xlsx?bodyId=" + body).with(enterprise))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/projects/export?bodyId=" + body).header("Authorization", observer))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select subject from audit_records where action = 'research.exported' and subject like ?",
                        String.class,
                        "%bodyId=" + body + "%"))
                .hasSize(1)
                .allMatch(subject -> subject.startsWith("tranches:"));
    }
}
