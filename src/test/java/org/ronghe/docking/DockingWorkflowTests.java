package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.community.Admissions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.docking.dockings.DockingBook;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A docking from proposal to agreement through the API: only a side or the secretariat proposes, only the other side
 * answers, contacts are disclosed only after acceptance, the need goes into docking, a meeting is logged, an agreement
 * is drafted in the agreement module; a secretariat's proposal needs both sides; declining and closing need reasons; an
 * unanswered proposal is reminded once after seven days.
 */
@IntegrationTest
class DockingWorkflowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Admissions admissions;

    @Autowired
    DockingBook dockings;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    Long enterprise;
    Long institute;
    Long need;
    Long capability;
    String enterpriseAdmin;
    String instituteAdmin;
    String strangerAdmin;
    String secretariat;

    @BeforeEach
    void aNeedAndACapability() throws Exception {
        tag = Long.toString(System.nanoTime(), 36);
        body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        enterprise = organisation("对接流程铝业" + tag, OrganisationType.ENTERPRISE, "王经理 0556-1234567");
        institute = organisation("对接流程研究院" + tag, OrganisationType.RESEARCH_INSTITUTE, "李老师 0551-7654321");
        Long stranger = organisation("对接流程局外" + tag, OrganisationType.ENTERPRISE, null);
        admissions.admit(body, enterprise, null, "测试");
        admissions.admit(body, institute, null, "测试");
        enterpriseAdmin = token("dw-e-" + tag, Grant.adminOf(enterprise));
        instituteAdmin = token("dw-i-" + tag, Grant.adminOf(institute));
        strangerAdmin = token("dw-o-" + tag, Grant.adminOf(stranger));
        secretariat = token("dw-sec-" + tag, Grant.secretariatOf(body));
        need = created(
                "/api/v1/needs",
                enterpriseAdmin,
                "{\"bodyId\":" + body + ",\"organisationId\":" + enterprise + ",\"kind\":\"TECHNOLOGY\","
                        + "\"title\":\"铝灰资源化利用" + tag + "\",\"description\":\"电解铝铝灰中的铝和氮化铝需要无害化与资源化处理。\"}");
        capability = created(
                "/api/v1/capabilities",
                instituteAdmin,
                "{\"organisationId\":" + institute + ",\"kind\":\"RESULT\",\"title\":\"铝灰无害化处理技术" + tag
                        + "\",\"description\":\"铝灰脱氮与资源化利用。\"}");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Long organisation(String name, OrganisationType type, String contact) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, contact), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Docking-Flow-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Long created(String path, String token, String json) throws Exception {
        String body = send(post(path), token, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String proposal() {
        return "{\"needId\":" + need + ",\"capabilityId\":" + capability + ",\"message\":\"希望面谈\"}";
    }

    @Test
    void aProposalIsAcceptedMetAboutAndEndsInADraftAgreement() throws Exception {
        send(post("/api/v1/dockings"), strangerAdmin, proposal()).andExpect(status().isNotFound()); // a members' need
        send(
                        post("/api/v1/dockings"),
                        strangerAdmin,
                        "{\"needOrganisationId\":" + enterprise + ",\"offerOrganisationId\":" + institute + "}")
                .andExpect(status().isForbidden());
        Long id = created("/api/v1/dockings", enterpriseAdmin, proposal());
        send(post("/api/v1/dockings"), enterpriseAdmin, proposal())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("这条需求和这项能力之间已有进行中的对接。"));
        send(get("/api/v1/dockings/" + id), instituteAdmin, "")
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.waitingFor[0]").value("OFFER"))
                .andExpect(jsonPath("$.needContact").doesNotExist())
                .andExpect(jsonPath("$.offerContact").doesNotExist());
        send(get("/api/v1/dockings/" + id), strangerAdmin, "").andExpect(status().isForbidden());
        send(post("/api/v1/dockings/" + id + "/accept"), strangerAdmin, "{\"version\":0}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/dockings/" + id + "/accept"), enterpriseAdmin, "{\"version\":0}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from notifications n join accounts a on a.id = n.account_id "
                                + "where a.username = ? and n.href = ?",
                        Long.class,
                        "dw-i-" + tag,
                        "/docking/dockings/" + id))
                .isEqualTo(1);

        send(get("/api/v1/workbench"), instituteAdmin, "")
                .andExpect(jsonPath("$[?(@.titleKey == 'work.dockings-to-answer')].count")
                        .value(org.hamcrest.Matchers.contains(1)));
        send(get("/api/v1/workbench"), enterpriseAdmin, "")
                .andExpect(jsonPath("$[?(@.titleKey == 'work.dockings-to-answer')].count")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(0))));
        send(post("/api/v1/dockings/" + id + "/accept"), instituteAdmin, "{\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.needContact").value("王经理 0556-1234567"))
                .andExpect(jsonPath("$.offerContact").value("李老师 0551-7654321"));
        send(get("/api/v1/needs/" + need), enterpriseAdmin, "")
                .andExpect(jsonPath("$.status").value("DOCKING"));

        send(post("/api/v1/dockings/" + id + "/meetings"), enterpriseAdmin, "{\"version\":1,\"place\":\"合肥\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.heldOn").value("此项为必填。"));
        send(
                        post("/api/v1/dockings/" + id + "/meetings"),
                        enterpriseAdmin,
                        "{\"version\":1,\"heldOn\":\"2026-12-01\",\"place\":\"合肥\",\"notes\":\"确定中试方案\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[2].action").value("MET"))
                .andExpect(jsonPath("$.history[2].note").value("确定中试方案"));

        String drafted = send(post("/api/v1/dockings/" + id + "/agreement"), instituteAdmin, "{\"version\":2}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Long agreement = ((Number) JsonPath.read(drafted, "$.agreementId")).longValue();
        assertThat(jdbc.queryForObject("select title from agreements where id = ?", String.class, agreement))
                .isEqualTo("铝灰资源化利用" + tag);
        assertThat(jdbc.queryForList(
                        "select organisation_id from agreement_parties where agreement_id = ? order by organisation_id",
                        Long.class,
                        agreement))
                .containsExactly(enterprise, institute);
        send(get("/api/v1/dockings/" + id), enterpriseAdmin, "")
                .andExpect(jsonPath("$.agreementId").value(agreement))
                .andExpect(jsonPath("$.agreementStatus").value("DRAFT"));
        send(post("/api/v1/dockings/" + id + "/agreement"), instituteAdmin, "{\"version\":3}")
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "docking:" + id))
                .containsExactly(
                        "docking.docking.proposed",
                        "docking.docking.accepted",
                        "docking.docking.met",
                        "docking.docking.agreement-drafted");
    }

    @Test
    void aSecretariatsProposalNeedsBothSidesAndDecliningNeedsAReason() throws Exception {
        Long id = created("/api/v1/dockings", secretariat, proposal());
        send(get("/api/v1/dockings/" + id), secretariat, "")
                .andExpect(jsonPath("$.proposedBy").value("SECRETARIAT"))
                .andExpect(jsonPath("$.waitingFor.length()").value(2));
        send(post("/api/v1/dockings/" + id + "/accept"), secretariat, "{\"version\":0}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/dockings/" + id + "/accept"), enterpriseAdmin, "{\"version\":0}")
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.waitingFor[0]").value("OFFER"));
        send(post("/api/v1/dockings/" + id + "/decline"), instituteAdmin, "{\"version\":1,\"reason\":\" \"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请说明原因。"));
        send(post("/api/v1/dockings/" + id + "/decline"), instituteAdmin, "{\"version\":1,\"reason\":\"方向不符\"}")
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.reason").value("方向不符"))
                .andExpect(jsonPath("$.needContact").doesNotExist());
        send(get("/api/v1/needs/" + need), enterpriseAdmin, "")
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void anUnansweredProposalIsRemindedOnceAfterSevenDays() throws Exception {
        Long id = created("/api/v1/dockings", enterpriseAdmin, proposal());
        String count = "select count(*) from notifications where href = ? and text_key = 'notice.docking-unanswered'";
        clock.advance(Duration.ofDays(6));
        dockings.remindUnanswered();
        assertThat(jdbc.queryForObject(count, Long.class, "/docking/dockings/" + id))
                .isZero();
        clock.advance(Duration.ofDays(2));
        dockings.remindUnanswered();
        dockings.remindUnanswered();
        assertThat(jdbc.queryForObject(count, Long.class, "/docking/dockings/" + id))
                .isEqualTo(1);
    }
}
