package org.ronghe.talent;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Talent pages: an enterprise posts a need with the form (problems shown under their fields, input kept), closes it
 * after confirming; a school sets up a programme answering it and opens a cohort.
 */
@IntegrationTest
class TalentPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Admissions admissions;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor adminOf(Long organisation, String username) {
        var account =
                identity.createAccount(username, username, "Talent-Page-2026!", List.of(Grant.adminOf(organisation)));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    Long member(Long body, String name, OrganisationType type) {
        Long id = directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.ENTERPRISE ? null : SchoolLevel.HIGHER,
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
    void anEnterprisePostsANeedAndASchoolAnswersItWithAProgramme() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long enterprise = member(body, "页面人才企业" + tag, OrganisationType.ENTERPRISE);
        Long school = member(body, "页面人才学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        var enterpriseAdmin = adminOf(enterprise, "tp-e-" + tag);
        var schoolAdmin = adminOf(school, "tp-s-" + tag);

        mvc.perform(get("/talent/needs/new").param("bodyId", body.toString()).with(enterpriseAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"页面人才企业" + tag + "\"")));
        mvc.perform(post("/talent/needs")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("organisation", "页面人才企业" + tag)
                        .param("post", "熔铸工" + tag)
                        .param("headcount", "0")
                        .param("regionCode", "5001"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("此项为必填。"),
                                containsString("须在 1 到 100000 之间。"),
                                containsString("value=\"熔铸工" + tag + "\""),
                                containsString("value=\"5001\""))));

        mvc.perform(post("/talent/needs")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("organisation", "页面人才企业" + tag)
                        .param("post", "日期写错的岗位" + tag)
                        .param("level", "HIGHER_VOCATIONAL")
                        .param("headcount", "12")
                        .param("periodStarts", "明年三月")
                        .param("regionCode", "500107"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("请填写日期，格式为 2026-03-15。"), containsString("value=\"明年三月\""))));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from talent_needs where post = ?", Long.class, "日期写错的岗位" + tag))
                .isZero();
        String need = mvc.perform(post("/talent/needs")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("organisation", "页面人才企业" + tag)
                        .param("post", "熔铸工" + tag)
                        .param("level", "HIGHER_VOCATIONAL")
                        .param("headcount", "12")
                        .param("regionCode", "500107"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/talent/needs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String needId = need.substring(need.lastIndexOf('/') + 1);
        mvc.perform(get("/talent/needs")
                        .param("bodyId", body.toString())
                        .param("q", tag)
                        .with(schoolAdmin)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("熔铸工" + tag),
                                containsString("高职（专科）"),
                                containsString("重庆市"),
                                containsString("招募中"))));

        mvc.perform(post("/talent/programmes")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", "熔铸订单班" + tag)
                        .param("kind", "ORDER_CLASS")
                        .param("bodyId", body.toString())
                        .param("intakeYear", "2025")
                        .param("plannedSize", "四十五")
                        .param("needIds", needId)
                        .param("partners[0].organisation", "页面人才学院" + tag)
                        .param("partners[0].role", "SCHOOL")
                        .param("partners[1].organisation", "页面人才企业" + tag)
                        .param("partners[1].role", "ENTERPRISE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写整数，例如 40。"), containsString("value=\"四十五\""))));
        String programme = mvc.perform(post("/talent/programmes")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("name", "熔铸订单班" + tag)
                        .param("kind", "ORDER_CLASS")
                        .param("bodyId", body.toString())
                        .param("intakeYear", "2025")
                        .param("needIds", needId)
                        .param("partners[0].organisation", "页面人才学院" + tag)
                        .param("partners[0].role", "SCHOOL")
                        .param("partners[1].organisation", "")
                        .param("partners[1].role", "SCHOOL")
                        .param("partners[2].organisation", "页面人才企业" + tag)
                        .param("partners[2].role", "ENTERPRISE"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(programme + "/cohorts")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("intakeYear", "2026")
                        .param("plannedSize", "45"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(programme).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("页面人才学院" + tag),
                                containsString("页面人才企业" + tag),
                                containsString("熔铸工" + tag),
                                containsString("2026"),
                                containsString("45"))));
        mvc.perform(get(need).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("熔铸订单班" + tag), containsString("data-confirm"))));

        mvc.perform(post(need + "/status")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("status", "CLOSED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(need).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("已关闭"),
                                containsString("重新开放"),
                                not(containsString("id=\"mark-FILLED\"")))));
    }

    @Test
    void theProgrammeFormNamesTheRowOfAMisplacedPartner() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long school = member(body, "错配学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        mvc.perform(post("/talent/programmes")
                        .with(adminOf(school, "tp-m-" + tag))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", "错配项目")
                        .param("kind", "ORDER_CLASS")
                        .param("partners[0].organisation", "")
                        .param("partners[0].role", "SCHOOL")
                        .param("partners[1].organisation", "错配学院" + tag)
                        .param("partners[1].role", "ENTERPRISE"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("错配学院" + tag + " 的单位类型与所选角色不符"), containsString("至少需要一所学校和一家企业。"))));
    }
}
