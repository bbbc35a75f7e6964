package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
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

/**
 * Core products (核心产品清单): listed by an enterprise's admins or its body's secretariat, checked, listed per body, revised
 * against the version read, removed, audited; and the partners suggested to the enterprise from them (a school whose
 * capability answers the product's technologies), for its keepers only, through the API and the pages.
 */
@IntegrationTest
class CoreProductTests {

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
    JdbcTemplate jdbc;

    String tag;
    Long body;
    Long enterprise;
    Long school;
    Account enterpriseAdmin;
    Account schoolAdmin;
    Account secretariat;
    Account stranger;

    @BeforeEach
    void aBodyWithAnEnterpriseAndASchool() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("产品联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        enterprise = organisation("产品铜箔" + tag, OrganisationType.ENTERPRISE);
        school = organisation("产品职业学院" + tag, OrganisationType.RESEARCH_INSTITUTE);
        Long other = organisation("产品局外" + tag, OrganisationType.ENTERPRISE);
        admissions.admit(body, enterprise, null, "测试");
        admissions.admit(body, school, null, "测试");
        enterpriseAdmin = account("cp-e-" + tag, Grant.adminOf(enterprise));
        schoolAdmin = account("cp-s-" + tag, Grant.adminOf(school));
        secretariat = account("cp-c-" + tag, Grant.secretariatOf(body));
        stranger = account("cp-o-" + tag, Grant.adminOf(other));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    Account account(String username, Grant grant) {
        return identity.createAccount(username, username, "Core-Product-2026!", List.of(grant));
    }

    ResultActions send(MockHttpServletRequestBuilder request, Account who, String json) throws Exception {
        return mvc.perform(request.header(
                        "Authorization",
                        "Bearer "
                                + identity.issueToken(who.id(), "t", Duration.ofDays(1))
                                        .secret())
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    String product(Long organisation, String name, String technologies, String industry) {
        return "{\"organisationId\":" + organisation + ",\"name\":\"" + name + "\",\"technologies\":\"" + technologies
                + "\",\"industry\":" + (industry == null ? "null" : "\"" + industry + "\"") + "}";
    }

    Long created(ResultActions result) throws Exception {
        String json =
                result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void keepersListReviseAndRemoveProductsOthersCannot() throws Exception {
        Long foil = created(send(
                post("/api/v1/core-products"), enterpriseAdmin, product(enterprise, "锂电铜箔" + tag, "铜箔电解，表面处理", "C32")));
        created(send(post("/api/v1/core-products"), secretariat, product(school, "实训设备" + tag, "数控加工", null)));
        send(post("/api/v1/core-products"), stranger, product(enterprise, "冒名产品", "", null))
                .andExpect(status().isForbidden());
        send(post("/api/v1/core-products"), enterpriseAdmin, product(enterprise, " ", "", "Z9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.industry").exists());

        send(get("/api/v1/core-products?bodyId=" + body), stranger, "")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.id == " + foil + ")].organisationName")
                        .value(org.hamcrest.Matchers.contains("产品铜箔" + tag)));
        send(get("/api/v1/core-products?bodyId=" + body + "&q=表面处理"), stranger, "")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].terms.industry").value("C32"));

        send(
                        put("/api/v1/core-products/" + foil),
                        stranger,
                        "{\"version\":0,\"terms\":" + product(enterprise, "改名", "", null) + "}")
                .andExpect(status().isForbidden());
        send(
                        put("/api/v1/core-products/" + foil),
                        enterpriseAdmin,
                        "{\"version\":0,\"terms\":" + product(enterprise, "高端锂电铜箔" + tag, "铜箔电解", "C32") + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        send(
                        put("/api/v1/core-products/" + foil),
                        enterpriseAdmin,
                        "{\"version\":0,\"terms\":" + product(enterprise, "过期", "", null) + "}")
                .andExpect(status().isConflict());
        send(delete("/api/v1/core-products/" + foil + "?version=1"), enterpriseAdmin, "")
                .andExpect(status().isNoContent());
        send(get("/api/v1/core-products/" + foil), stranger, "").andExpect(status().isNotFound());
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "core-product:" + foil))
                .containsExactly("docking.product.listed", "docking.product.revised", "docking.product.removed");
    }

    @Test
    void partnersAreSuggestedFromCoreProductsToTheirKeepers() throws Exception {
        created(send(
                post("/api/v1/core-products"),
                enterpriseAdmin,
                product(enterprise, "锂电池用电解铜箔" + tag, "铜箔表面缺陷在线检测，电解铜箔生箔工艺", "C32")));
        Long capability = created(send(
                post("/api/v1/capabilities"),
                schoolAdmin,
                "{\"organisationId\":" + school + ",\"kind\":\"RESULT\",\"title\":\"铜箔表面缺陷视觉检测系统" + tag
                        + "\",\"description\":\"基于机器视觉的电解铜箔表面缺陷在线检测。\"}"));
        vectors.embedPending(1_000);

        send(get("/api/v1/organisations/" + enterprise + "/partners"), enterpriseAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.organisationId == " + school + ")].because[0].from")
                        .value(org.hamcrest.Matchers.contains("PRODUCT")))
                .andExpect(jsonPath("$.items[?(@.organisationId == " + school + ")].because[0].toId")
                        .value(org.hamcrest.Matchers.contains(capability.intValue())))
                .andExpect(jsonPath("$.items[*].organisationId")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(enterprise.intValue()))));
        send(get("/api/v1/organisations/" + enterprise + "/partners"), stranger, "")
                .andExpect(status().isForbidden());
        send(get("/api/v1/organisations/" + enterprise + "/partners"), secretariat, "")
                .andExpect(status().isOk());

        var page = user(RongheUserFactory.forLogin(enterpriseAdmin, Instant.now()));
        mvc.perform(get("/docking/partners").with(page).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("产品职业学院" + tag)))
                .andExpect(content().string(containsString("我方核心产品")));
        mvc.perform(get("/docking/products?bodyId=" + body).with(page).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("锂电池用电解铜箔" + tag)));
        mvc.perform(post("/docking/products")
                        .with(page)
                        .with(csrf())
                        .param("organisationId", enterprise.toString())
                        .param("name", "")
                        .param("technologies", "保留的输入" + tag))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("保留的输入" + tag)))
                .andExpect(content().string(containsString("id=\"problem\"")));
        mvc.perform(get("/docking/partners?organisationId=" + school).with(page))
                .andExpect(status().isForbidden());
    }
}
