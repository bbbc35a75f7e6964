package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
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

/** The membership lifecycle through the API, with permissions across two bodies. */
@IntegrationTest
class MembershipApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    Long nonferrous;
    Long anqing;
    Long applicant;
    String nonferrousSecretariat;
    String anqingSecretariat;
    String applicantAdmin;

    @BeforeEach
    void twoBodiesTheirSecretariatsAndAnApplicant() {
        nonferrous = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        anqing = jdbc.queryForObject("select id from bodies where name = '安庆市域产教联合体'", Long.class);
        String name = "生命周期测试企业" + System.nanoTime();
        applicant = directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        nonferrousSecretariat = token("s-nf-" + applicant, Grant.secretariatOf(nonferrous));
        anqingSecretariat = token("s-aq-" + applicant, Grant.secretariatOf(anqing));
        applicantAdmin = token("o-" + applicant, Grant.adminOf(applicant));
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Lifecycle-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions act(String token, String path, String json) throws Exception {
        return mvc.perform(post("/api/v1/bodies/" + nonferrous + path)
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions apply() throws Exception {
        return act(applicantAdmin, "/applications", "{\"organisationId\":" + applicant + ",\"message\":\"申请加入\"}");
    }

    long registeredMembers() throws Exception {
        String json = mvc.perform(get("/api/v1/bodies/" + nonferrous))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.composition.registeredTotal")).longValue();
    }

    @Test
    void applyApproveAndTheCompositionChangesAtOnce() throws Exception {
        long before = registeredMembers();
        apply().andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"));
        assertThat(registeredMembers()).isEqualTo(before);
        act(nonferrousSecretariat, "/memberships/" + applicant + "/approve", "{\"reason\":\"欢迎\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.history[*].action", org.hamcrest.Matchers.contains("APPLIED", "APPROVED")))
                .andExpect(jsonPath("$.history[1].actor").value("s-nf-" + applicant));
        assertThat(registeredMembers()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'membership.approved' and subject = ?",
                        Long.class,
                        "body:" + nonferrous + "/organisation:" + applicant))
                .isEqualTo(1);
    }

    @Test
    void theSecretariatOfAnotherBodyCannotDecide() throws Exception {
        apply().andExpect(status().isCreated());
        act(anqingSecretariat, "/memberships/" + applicant + "/approve", "{}").andExpect(status().isForbidden());
        act(anqingSecretariat, "/memberships", "{\"organisationId\":" + applicant + "}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/bodies/" + nonferrous + "/memberships").header("Authorization", anqingSecretariat))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/bodies/" + nonferrous + "/memberships")
                        .param("status", "PENDING")
                        .header("Authorization", nonferrousSecretariat))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organisation.id", hasItem(applicant.intValue())));
    }

    @Test
    void anObserverOfTheBodyReadsApplicationsButDecidesNothing() throws Exception {
        String observer = token("obs-nf-" + applicant, Grant.observerOf(nonferrous));
        apply().andExpect(status().isCreated());
        mvc.perform(get("/api/v1/bodies/" + nonferrous + "/memberships/" + applicant)
                        .header("Authorization", observer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].reason").value("申请加入"));
        act(observer, "/memberships/" + applicant + "/approve", "{}").andExpect(status().isForbidden());
        act(observer, "/memberships", "{\"organisationId\":" + applicant + "}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/bodies/" + anqing + "/memberships").header("Authorization", observer))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOrganisationAdminAppliesOnlyForItsOwnOrganisationAndCannotApproveItself() throws Exception {
        act(applicantAdmin, "/applications", "{\"organisationId\":" + (applicant - 1) + "}")
                .andExpect(status().isForbidden());
        apply().andExpect(status().isCreated());
        act(applicantAdmin, "/memberships/" + applicant + "/approve", "{}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/bodies/" + nonferrous + "/memberships/" + applicant)
                        .header("Authorization", applicantAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void aWithdrawnApplicationCannotBeApproved() throws Exception {
        apply().andExpect(status().isCreated());
        act(applicantAdmin, "/memberships/" + applicant + "/withdraw-application", "{}")
                .andExpect(status().isOk());
        act(nonferrousSecretariat, "/memberships/" + applicant + "/approve", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("不能对“已退出”状态的单位执行“批准加入”。"));
    }

    @Test
    void noDoubleMembership() throws Exception {
        act(nonferrousSecretariat, "/memberships", "{\"organisationId\":" + applicant + ",\"joinedOn\":\"2026-11-01\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.joinedOn").value("2026-11-01"));
        act(nonferrousSecretariat, "/memberships", "{\"organisationId\":" + applicant + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该单位已是成员单位（含暂停），不能重复加入。"));
        apply().andExpect(status().isConflict());
    }

    @Test
    void aDecisionOnAStaleVersionIsAConflict() throws Exception {
        act(nonferrousSecretariat, "/memberships", "{\"organisationId\":" + applicant + "}")
                .andExpect(status().isCreated());
        act(nonferrousSecretariat, "/memberships/" + applicant + "/suspend", "{\"reason\":\"未按期参加活动\",\"version\":0}")
                .andExpect(status().isOk());
        act(
                        nonferrousSecretariat,
                        "/memberships/" + applicant + "/withdraw",
                        "{\"reason\":\"另一位同事基于旧页面的操作\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("数据已被修改"));
    }

    @Test
    void suspensionAndWithdrawalNeedAReasonAndKeepTheirDates() throws Exception {
        act(nonferrousSecretariat, "/memberships", "{\"organisationId\":" + applicant + "}")
                .andExpect(status().isCreated());
        act(nonferrousSecretariat, "/memberships/" + applicant + "/suspend", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请填写理由。"));
        act(
                        applicantAdmin,
                        "/memberships/" + applicant + "/withdraw",
                        "{\"reason\":\"单位改制\",\"effectiveOn\":\"2026-12-31\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.history[1].effectiveOn").value("2026-12-31"))
                .andExpect(jsonPath("$.history[1].reason").value("单位改制"));
    }
}
