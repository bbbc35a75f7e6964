package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.ronghe.web.FormPages.under;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
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
 * Student pages: enrolling with the form, masked screens, the officer's audited full view, consent for an enterprise.
 */
@IntegrationTest
class StudentPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor as(Grant grant, String username) {
        var account = identity.createAccount(username, username, "Student-Page-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    @Test
    void aSchoolEnrolsAStudentWhomOnlyItsOfficerSeesInFullAndAnEnterpriseOnlyWithConsent() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = directory
                .register(
                        new OrganisationDraft(
                                "页面学生学院" + tag,
                                OrganisationType.VOCATIONAL_SCHOOL,
                                SchoolLevel.HIGHER,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        Long enterprise = directory
                .register(
                        new OrganisationDraft(
                                "页面学生企业" + tag, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        var admin = as(Grant.adminOf(school), "sp-a-" + tag);
        var officer = as(Grant.personalDataOfficerOf(school), "sp-o-" + tag);
        var enterpriseAdmin = as(Grant.adminOf(enterprise), "sp-e-" + tag);
        String id = StudentApiTests.idNumber("20060606", 606);

        mvc.perform(post("/talent/students")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("schoolId", school.toString())
                        .param("name", "刘洋")
                        .param("idNumber", id.substring(0, 17) + "Y")
                        .param("expectedGraduation", "2027年6月"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("身份证号校验位错误：最后一位应为“" + id.charAt(17) + "”。"),
                                containsString("请按“年-月”填写，如 2027-06。"),
                                containsString("value=\"刘洋\""))));
        mvc.perform(post("/talent/students")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("schoolId", school.toString())
                        .param("name", "刘洋")
                        .param("idNumber", "34080X" + id.substring(6)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号前 17 位必须是数字。")));
        String location = mvc.perform(post("/talent/students")
                        .with(admin)
                        .with(csrf())
                        .param("schoolId", school.toString())
                        .param("name", "刘洋")
                        .param("idNumber", id)
                        .param("mobile", "15800001234")
                        .param("expectedGraduation", "2027-06"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String masked = id.substring(0, 6) + "********" + id.substring(14);
        mvc.perform(get(location).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString(masked),
                                containsString("158****1234"),
                                containsString("2027-06"),
                                not(containsString(id)),
                                not(containsString("15800001234")),
                                not(containsString("id=\"reveal\"")))));
        mvc.perform(get("/talent/students").with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(
                        content().string(allOf(containsString("刘洋"), containsString(masked), not(containsString(id)))));
        mvc.perform(get(location).with(officer).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString(masked), containsString("id=\"reveal\""))));
        mvc.perform(get(location).param("full", "true").with(officer).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString(id), containsString("15800001234"), containsString("本次查看已记入审计日志"))));
        mvc.perform(get(location).param("full", "true").with(admin)).andExpect(status().isForbidden());

        mvc.perform(get(location).with(enterpriseAdmin)).andExpect(status().isForbidden());
        mvc.perform(post(location + "/consents").with(admin).with(csrf()).param("organisation", "页面学生企业" + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/talent/students").with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("刘洋"),
                                containsString(masked),
                                not(containsString("id=\"export-full\"")))));
        mvc.perform(get(location).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"consent-form\""))));
        mvc.perform(get("/talent/students").param("q", id).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"search-refused\""),
                                containsString("按身份证号或手机号查找只能在本校的学生名单中进行"),
                                not(containsString("刘洋</a>")))));
        mvc.perform(get("/talent/students").param("q", id).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("刘洋"), not(containsString("id=\"search-refused\"")))));
        mvc.perform(post(location + "/consents/" + enterprise + "/withdraw")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(enterpriseAdmin)).andExpect(status().isForbidden());
    }

    @Test
    void aGenderProgrammeOrVersionThatCannotBeReadComesBackWithWhyAndNothingIsSaved() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = directory
                .register(
                        new OrganisationDraft(
                                "页面学生读取学院" + tag,
                                OrganisationType.VOCATIONAL_SCHOOL,
                                SchoolLevel.HIGHER,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        var admin = as(Grant.adminOf(school), "sp-r-" + tag);
        String id = StudentApiTests.idNumber("20070707", 707);
        mvc.perform(post("/talent/students")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("schoolId", school.toString())
                        .param("name", "周敏")
                        .param("gender", "男生")
                        .param("idNumber", id)
                        .param("programmeId", "订单班"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("gender", "请从列表中选择。"),
                                containsString("<div class=\"text-danger small\">请从列表中选择。</div>"),
                                containsString("value=\"周敏\""))));
        assertThat(jdbc.queryForObject("select count(*) from students where school_id = ?", Long.class, school))
                .isZero();

        String location = mvc.perform(post("/talent/students")
                        .with(admin)
                        .with(csrf())
                        .param("schoolId", school.toString())
                        .param("name", "周敏")
                        .param("gender", "MALE")
                        .param("idNumber", id))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location + "/edit")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("schoolId", school.toString())
                        .param("name", "周敏改")
                        .param("gender", "男性")
                        .param("version", "v0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("gender", "Choose one of the options listed."),
                                containsString("The version number of this form could not be read"),
                                containsString("value=\"v0\""),
                                containsString("value=\"周敏改\""))));
        assertThat(jdbc.queryForObject("select name from students where school_id = ?", String.class, school))
                .isEqualTo("周敏");
    }
}
