package org.ronghe.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.ronghe.registration.Applicants.as;
import static org.ronghe.registration.Applicants.creditCode;
import static org.ronghe.registration.Applicants.form;
import static org.ronghe.registration.Applicants.freshClient;
import static org.ronghe.registration.Applicants.pdf;
import static org.ronghe.registration.Applicants.withCsrf;
import static org.ronghe.web.FormPages.under;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The /register form refuses in the visitor's language under each field, keeps what was typed, and is limited. */
@IntegrationTest
class RegistrationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;

    @BeforeEach
    void aBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("页面注册联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
    }

    @Test
    void aTakenUsernameAndABadMobileAreNamedUnderTheirFieldsAndTheRestIsKept() throws Exception {
        String code = creditCode();
        mvc.perform(form(
                                "/register",
                                freshClient(),
                                "页面注册企业" + tag,
                                code,
                                body,
                                "admin",
                                pdf(),
                                "contactMobile",
                                "1380013800")
                        .with(withCsrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("contactMobile", "手机号“1380013800”格式不正确"),
                                containsString("value=\"" + code + "\""),
                                containsString("value=\"页面注册企业" + tag + "\""),
                                containsString("value=\"赵联系\""),
                                not(containsString(Applicants.PASSWORD)))));
        mvc.perform(form("/register", freshClient(), "页面注册企业" + tag, code, body, "admin", pdf())
                        .with(withCsrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                under("username", "该用户名已被使用。"),
                                containsString("value=\"admin\""),
                                containsString("id=\"registration-errors\""))));
        assertThat(jdbc.queryForObject("select count(*) from registrations where credit_code = ?", Long.class, code))
                .isZero();
    }

    @Test
    void refusalsAreInTheVisitorsLanguage() throws Exception {
        mvc.perform(form(
                                "/register",
                                freshClient(),
                                "页面注册企业" + tag,
                                creditCode(),
                                body,
                                "page-en-" + tag,
                                null,
                                "confirmPassword",
                                "Different-2026!")
                        .with(withCsrf())
                        .header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(
                                under("confirmPassword", "The two new passwords differ."),
                                containsString("Please upload a scan"))));
    }

    @Test
    void anUnknownBodyIsRefusedUnderTheBodyChoice() throws Exception {
        mvc.perform(form("/register", freshClient(), "页面注册企业" + tag, creditCode(), -7L, "page-nb-" + tag, pdf())
                        .with(withCsrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(under("bodyId", "所选的共同体或联合体不存在")));
        assertThat(identity.findByUsername("page-nb-" + tag)).isEmpty();
    }

    @Test
    void choicesThatCannotBeReadComeBackWithWhyUnderEachAndNothingIsSubmitted() throws Exception {
        String code = creditCode();
        mvc.perform(form(
                                "/register",
                                freshClient(),
                                "页面无法读取企业" + tag,
                                code,
                                body,
                                "page-nr-" + tag,
                                pdf(),
                                "type",
                                "大企业",
                                "schoolLevel",
                                "HIGHEST",
                                "bodyId",
                                "第一个")
                        .with(withCsrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("type", "请从列表中选择。"),
                                under("schoolLevel", "请从列表中选择。"),
                                under("bodyId", "请从列表中选择。"),
                                containsString("id=\"registration-errors\""),
                                containsString("value=\"页面无法读取企业" + tag + "\""),
                                containsString("value=\"page-nr-" + tag + "\""),
                                not(containsString(Applicants.PASSWORD)))));
        mvc.perform(form(
                                "/register",
                                freshClient(),
                                "页面无法读取企业" + tag,
                                code,
                                body,
                                "page-nr-" + tag,
                                pdf(),
                                "bodyId",
                                "7a")
                        .with(withCsrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(under("bodyId", "Choose one of the options listed.")));
        assertThat(identity.findByUsername("page-nr-" + tag)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from registrations where credit_code = ?", Long.class, code))
                .isZero();
    }

    @Test
    void aClientThatSubmitsTooOftenIsToldToWait() throws Exception {
        String client = freshClient();
        for (int i = 0; i < 5; i++) {
            mvc.perform(form("/register", client, "限流企业" + tag, creditCode(), body, "page-rl" + i + "-" + tag, pdf())
                            .with(withCsrf()))
                    .andExpect(content().string(containsString("registration-submitted")));
        }
        mvc.perform(form("/register", client, "限流企业" + tag, creditCode(), body, "page-rl5-" + tag, pdf())
                        .with(withCsrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(containsString("提交过于频繁"), containsString("value=\"page-rl5-" + tag + "\""))));
        assertThat(identity.findByUsername("page-rl5-" + tag)).isEmpty();
        mvc.perform(form("/register", freshClient(), "限流企业" + tag, creditCode(), body, "page-rl6-" + tag, pdf())
                        .with(withCsrf()))
                .andExpect(content().string(containsString("registration-submitted")));
    }

    @Test
    void aSubmissionWithoutCsrfIsRefused() throws Exception {
        mvc.perform(form("/register", freshClient(), "页面注册企业" + tag, creditCode(), body, "page-csrf-" + tag, pdf()))
                .andExpect(status().isForbidden());
        assertThat(identity.findByUsername("page-csrf-" + tag)).isEmpty();
    }

    @Test
    void outsidersNeitherSeeNorDecideARegistration() throws Exception {
        String code = creditCode();
        mvc.perform(form("/register", freshClient(), "页面受控企业" + tag, code, body, "page-acl-" + tag, pdf())
                        .with(withCsrf()))
                .andExpect(content().string(containsString("registration-submitted")));
        Long id = jdbc.queryForObject("select id from registrations where credit_code = ?", Long.class, code);
        mvc.perform(get("/registrations")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/registrations/" + id + "/licence")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/registrations/" + id + "/verify")
                        .param("version", "0")
                        .with(withCsrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/registrations").with(as(identity, Grant.adminOf(1L)))).andExpect(status().isForbidden());
        Long otherBody = community
                .found(new BodyDraft("页面别的联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        var other = as(identity, Grant.secretariatOf(otherBody));
        mvc.perform(get("/registrations").with(other).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(containsString("id=\"no-registrations\""), not(containsString("页面受控企业" + tag)))));
        mvc.perform(post("/registrations/" + id + "/reject")
                        .param("version", "0")
                        .param("reason", "不符")
                        .with(other)
                        .with(withCsrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/registrations").param("status", "PENDING").with(as(identity, Grant.secretariatOf(body))))
                .andExpect(content().string(containsString("页面受控企业" + tag)));
        assertThat(jdbc.queryForObject("select status from registrations where id = ?", String.class, id))
                .isEqualTo("PENDING");
    }
}
