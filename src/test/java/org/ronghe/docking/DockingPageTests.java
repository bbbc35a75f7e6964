package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.docking.matching.Vectors;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Docking pages: an enterprise posts a need with the form (problems under their fields, input kept), a school offers a
 * capability, the need's page lists it among its matches with the shared words marked; a members-only need stays out of
 * the public list and page; closing takes a reason.
 */
@IntegrationTest
class DockingPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Admissions admissions;

    @Autowired
    Vectors vectors;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor adminOf(Long organisation, String username) {
        var account =
                identity.createAccount(username, username, "Docking-Page-2026!", List.of(Grant.adminOf(organisation)));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    Long member(Long body, String name, OrganisationType type) {
        Long id = directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.VOCATIONAL_SCHOOL ? SchoolLevel.HIGHER : null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        admissions.admit(body, id, null, "测试");
        return id;
    }

    @Test
    void numbersTypedInWordsComeBackAsTypedWithWhyInsteadOfBeingDropped() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long school = member(body, "页面数字学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        var schoolAdmin = adminOf(school, "dp-n-" + tag);
        mvc.perform(post("/docking/capabilities")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("organisation", "页面数字学院" + tag)
                        .param("kind", "RESULT")
                        .param("title", "阳极泥湿法处理工艺" + tag)
                        .param("description", "铜阳极泥湿法处理，金银回收率达到 98%。")
                        .param("readinessLevel", "七级"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写整数，例如 40。"), containsString("value=\"七级\""))));
        mvc.perform(post("/docking/needs")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("organisation", "页面数字学院" + tag)
                        .param("bodyId", body.toString())
                        .param("kind", "TRAINING")
                        .param("title", "实训设备更新" + tag)
                        .param("description", "更新电解实训设备。")
                        .param("budgetMin", "五千"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("请填写数字金额，例如 1200000.50。"), containsString("value=\"五千\""))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from capabilities where title = ?", Long.class, "阳极泥湿法处理工艺" + tag))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from demands where title = ?", Long.class, "实训设备更新" + tag))
                .isZero();
    }

    @Test
    void anEnterprisePostsANeedAndSeesASchoolsCapabilityAmongItsMatches() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long enterprise = member(body, "页面对接企业" + tag, OrganisationType.ENTERPRISE);
        Long school = member(body, "页面对接学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        var enterpriseAdmin = adminOf(enterprise, "dp-e-" + tag);
        var schoolAdmin = adminOf(school, "dp-s-" + tag);

        mvc.perform(get("/docking/needs/new").with(enterpriseAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"页面对接企业" + tag + "\"")));
        mvc.perform(post("/docking/needs")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("organisation", "页面对接企业" + tag)
                        .param("kind", "TECHNOLOGY")
                        .param("title", "铜电解阳极泥处理" + tag)
                        .param("budgetMin", "5000")
                        .param("budgetMax", "100"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("此项为必填。"),
                                containsString("预算上限不能低于下限。"),
                                containsString("value=\"铜电解阳极泥处理" + tag + "\""))));

        String need = mvc.perform(post("/docking/needs")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("organisation", "页面对接企业" + tag)
                        .param("bodyId", body.toString())
                        .param("kind", "TECHNOLOGY")
                        .param("title", "铜电解阳极泥处理" + tag)
                        .param("description", "铜电解产生的阳极泥中金银回收率低，需要高效的阳极泥湿法处理工艺。")
                        .param("industry", "C32")
                        .param("visibility", "MEMBERS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/docking/needs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String capability = mvc.perform(post("/docking/capabilities")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("organisation", "页面对接学院" + tag)
                        .param("kind", "RESULT")
                        .param("title", "阳极泥湿法处理工艺")
                        .param("description", "铜阳极泥湿法处理，金银回收率达到 98%。")
                        .param("readinessLevel", "7")
                        .param("industry", "C32"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        vectors.embedPending(1_000);

        mvc.perform(get(need).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("匹配的能力"),
                                containsString("href=\"" + capability + "\""),
                                containsString("<mark class=\"me-1\">回收率</mark>"),
                                containsString("语义相似度"))));
        mvc.perform(get(capability).with(schoolAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("匹配的需求"),
                                containsString("href=\"" + need + "\""),
                                containsString("name=\"needId\" value=\"" + need.replaceAll(".*/", "") + "\""))));
        String docking = mvc.perform(post("/docking/dockings")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("needId", need.replaceAll(".*/", ""))
                        .param("capabilityId", capability.replaceAll(".*/", "")))
                .andExpect(redirectedUrlPattern("/docking/dockings/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(docking).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("能力方 · "), containsString("id=\"accept\""))));

        mvc.perform(get(need + "/matches.xlsx").with(enterpriseAdmin))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/docking/needs.xlsx")).andExpect(status().is3xxRedirection());
        mvc.perform(get(need)).andExpect(status().isNotFound());
        mvc.perform(get("/docking/needs").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("铜电解阳极泥处理" + tag))));
        mvc.perform(get("/docking/needs").param("q", tag).with(schoolAdmin))
                .andExpect(content().string(containsString("铜电解阳极泥处理" + tag)));
        mvc.perform(get("/docking/needs").param("q", "銅電解陽極泥 " + tag).with(schoolAdmin))
                .andExpect(content().string(containsString("铜电解阳极泥处理" + tag)));

        mvc.perform(post(need + "/status")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("status", "CLOSED")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "关闭需求须说明原因。"));
        mvc.perform(post(need + "/status")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("status", "CLOSED")
                        .param("reason", "冒名关闭"))
                .andExpect(status().isForbidden());
        mvc.perform(post(need + "/status")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("status", "CLOSED")
                        .param("reason", "已自行解决"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(need).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("已关闭，原因：已自行解决"), containsString("重新开放"))));
    }
}
