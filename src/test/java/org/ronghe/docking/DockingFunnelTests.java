package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Contribution;
import org.ronghe.core.figures.FigureSource;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.docking.matching.MatchSweep;
import org.ronghe.docking.matching.Vectors;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A body's docking funnel through the API and the dashboard: each need counted at every step it reached, only from
 * confirmed steps (a proposal accepted only by its proposer is not accepted; a draft agreement is not signed), per kind
 * and industry; the needs behind a figure are those the reader may see; observers read it, members and strangers do
 * not.
 */
@IntegrationTest
class DockingFunnelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    Vectors vectors;

    @Autowired
    MatchSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<FigureSource> sources;

    @Autowired
    Clock clock;

    String tag;
    Long body;
    Long enterprise;
    Long institute;
    String enterpriseAdmin;
    String instituteAdmin;
    String secretariat;
    String observer;

    @BeforeEach
    void aBodyWithTwoMembers() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("漏斗联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        enterprise = organisation("漏斗铝业" + tag, OrganisationType.ENTERPRISE);
        institute = organisation("漏斗研究院" + tag, OrganisationType.RESEARCH_INSTITUTE);
        admissions.admit(body, enterprise, null, "测试");
        admissions.admit(body, institute, null, "测试");
        enterpriseAdmin = token("fn-e-" + tag, Grant.adminOf(enterprise));
        instituteAdmin = token("fn-i-" + tag, Grant.adminOf(institute));
        secretariat = token("fn-s-" + tag, Grant.secretariatOf(body));
        observer = token("fn-o-" + tag, Grant.observerOf(body));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(
                        new OrganisationDraft(name, type, null, null, null, null, null, null, "联系人 0556-1234567"), true)
                .id();
    }

    final Map<String, Account> accounts = new HashMap<>();

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Docking-Funnel-2026!", List.of(grant));
        String token = "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
        accounts.put(token, account);
        return token;
    }

    /** The holder of the token, signed in to the pages. */
    RequestPostProcessor page(String token) {
        return user(RongheUserFactory.forLogin(accounts.get(token), Instant.now()));
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Long created(String path, String token, String json) throws Exception {
        String answer = send(post(path), token, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    Long need(String kind, String industry, String visibility, String title, String description) throws Exception {
        return created(
                "/api/v1/needs",
                enterpriseAdmin,
                "{\"bodyId\":" + body + ",\"organisationId\":" + enterprise + ",\"kind\":\"" + kind + "\",\"title\":\""
                        + title + tag + "\",\"description\":\"" + description + "\",\"visibility\":\"" + visibility
                        + "\"" + (industry == null ? "" : ",\"industry\":\"" + industry + "\"") + "}");
    }

    Long docking(Long need, Long capability) throws Exception {
        return created(
                "/api/v1/dockings",
                enterpriseAdmin,
                "{\"needId\":" + need + ",\"capabilityId\":" + capability + ",\"message\":\"希望面谈\"}");
    }

    long version(Long docking) throws Exception {
        String answer = send(get("/api/v1/dockings/" + docking), enterpriseAdmin, "")
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.version")).longValue();
    }

    void sign(Long agreement, Long organisation, String token) throws Exception {
        long version = jdbc.queryForObject("select version from agreements where id = ?", Long.class, agreement);
        mvc.perform(post("/api/v1/agreements/" + agreement + "/signatures")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("organisationId", organisation.toString())
                        .param("version", Long.toString(version))
                        .param("signedOn", "2026-12-04"))
                .andExpect(status().isOk());
    }

    @Test
    void eachNeedCountsAtEveryConfirmedStepItReachedPerKindAndIndustry() throws Exception {
        Long capability = created(
                "/api/v1/capabilities",
                instituteAdmin,
                "{\"organisationId\":" + institute + ",\"kind\":\"RESULT\",\"title\":\"铝灰无害化处理技术" + tag
                        + "\",\"description\":\"电解铝铝灰脱氮与资源化利用，回收金属铝和氧化铝。\"}");
        Long signed = need("TECHNOLOGY", "C32", "MEMBERS", "铝灰资源化利用", "电解铝铝灰中的铝和氮化铝需要无害化与资源化处理。");
        Long proposedOnly = need("TECHNOLOGY", "C32", "SECRETARIAT", "铝灰脱氮", "铝灰脱氮后回收氧化铝。");
        Long training = need("TRAINING", null, "PUBLIC", "班组长培训", "三十名班组长的安全生产与精益管理培训。");
        vectors.embedPending(1_000);
        sweep.sweep(1_000);
        assertThat(jdbc.queryForObject(
                        "select matched_at is not null from demands where id = ?", Boolean.class, signed))
                .as("the platform found the institute's capability for it")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select match_checked_at is not null from demands where id = ?", Boolean.class, training))
                .isTrue();

        docking(proposedOnly, capability);
        Long accepted = docking(signed, capability);
        send(post("/api/v1/dockings/" + accepted + "/accept"), instituteAdmin, "{\"version\":0}")
                .andExpect(status().isOk());
        String drafted = send(post("/api/v1/dockings/" + accepted + "/agreement"), instituteAdmin, "{\"version\":1}")
                .andReturn()
                .getResponse()
                .getContentAsString();
        Long agreement = ((Number) JsonPath.read(drafted, "$.agreementId")).longValue();
        send(get("/api/v1/dockings/funnel?bodyId=" + body), secretariat, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.counts.POSTED").value(3))
                .andExpect(jsonPath("$.total.counts.PROPOSED").value(2))
                .andExpect(jsonPath("$.total.counts.ACCEPTED").value(1))
                .andExpect(jsonPath("$.total.counts.SIGNED").value(0));

        sign(agreement, institute, instituteAdmin);
        sign(agreement, enterprise, enterpriseAdmin);
        send(get("/api/v1/dockings/" + accepted), enterpriseAdmin, "")
                .andExpect(jsonPath("$.agreementStatus").value("SIGNED"))
                .andExpect(jsonPath("$.history[3].action").value("AGREEMENT_SIGNED"));
        send(get("/api/v1/dockings/funnel?bodyId=" + body), observer, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.counts.POSTED").value(3))
                .andExpect(jsonPath("$.total.counts.MATCHED").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.total.counts.PROPOSED").value(2))
                .andExpect(jsonPath("$.total.counts.ACCEPTED").value(1))
                .andExpect(jsonPath("$.total.counts.SIGNED").value(1))
                .andExpect(jsonPath("$.total.counts.IN_FORCE").value(0))
                .andExpect(jsonPath("$.byKind[?(@.key == 'TECHNOLOGY')].counts.PROPOSED")
                        .value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$.byKind[?(@.key == 'TRAINING')].counts.PROPOSED")
                        .value(org.hamcrest.Matchers.contains(0)))
                .andExpect(jsonPath("$.byIndustry[?(@.key == 'C')].counts.SIGNED")
                        .value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$.byIndustry[?(@.key == null)].counts.POSTED")
                        .value(org.hamcrest.Matchers.contains(1)));

        send(get("/api/v1/dockings/funnel/needs?bodyId=" + body + "&stage=PROPOSED"), observer, "")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].needId").value(org.hamcrest.Matchers.contains(signed.intValue())));
        send(get("/api/v1/dockings/funnel/needs?bodyId=" + body + "&stage=PROPOSED"), secretariat, "")
                .andExpect(jsonPath("$.items[*].needId")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(signed.intValue(), proposedOnly.intValue())));
        send(get("/api/v1/dockings/funnel/needs?bodyId=" + body + "&stage=POSTED&industry=-"), secretariat, "")
                .andExpect(jsonPath("$.items[*].needId").value(org.hamcrest.Matchers.contains(training.intValue())));
        send(get("/api/v1/dockings/funnel?bodyId=" + body), enterpriseAdmin, "").andExpect(status().isForbidden());
        send(get("/api/v1/dockings/funnel/needs?bodyId=" + body + "&stage=POSTED"), instituteAdmin, "")
                .andExpect(status().isForbidden());

        long inForce = jdbc.queryForObject("select version from agreements where id = ?", Long.class, agreement);
        send(post("/api/v1/agreements/" + agreement + "/in-force"), enterpriseAdmin, "{\"version\":" + inForce + "}")
                .andExpect(status().isOk());
        send(get("/api/v1/dockings/funnel?bodyId=" + body), secretariat, "")
                .andExpect(jsonPath("$.total.counts.IN_FORCE").value(1));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "docking:" + accepted))
                .endsWith("docking.docking.agreement-signed", "docking.docking.agreement-in-force");
        assertThat(version(accepted)).isPositive();
        FigureSource docking = sources.stream()
                .filter(f -> f.contributionKeys().contains("docking.dockings-converted"))
                .findFirst()
                .orElseThrow();
        assertThat(docking.contributions(
                        BodyPeriod.year(body, LocalDate.now(clock).getYear())))
                .containsExactlyInAnyOrder(
                        new Contribution(enterprise, "docking.dockings-converted", BigDecimal.ONE),
                        new Contribution(institute, "docking.dockings-converted", BigDecimal.ONE));
    }

    @Test
    void theDashboardShowsTheFunnelToItsReadersAndTheFunnelPageListsTheNeedsBehindAFigure() throws Exception {
        Long posted = need("SERVICE", "C32", "MEMBERS", "铝合金检测服务", "铝合金型材力学性能检测。");
        String dashboard = mvc.perform(get("/agreements/dashboard?bodyId=" + body)
                        .with(page(observer))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard)
                .contains("id=\"docking-funnel\"", "对接漏斗", "/docking/funnel?bodyId=" + body + "&amp;stage=POSTED");
        String page = mvc.perform(get("/docking/funnel?bodyId=" + body + "&stage=POSTED&kind=SERVICE")
                        .with(page(secretariat))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Docking funnel", "/docking/needs/" + posted, "铝合金检测服务" + tag, "1 in all");
        mvc.perform(get("/docking/funnel?bodyId=" + body).with(page(enterpriseAdmin)))
                .andExpect(status().isForbidden());
    }
}
