package org.ronghe.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.core.CreditCode;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Role;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A unit registers itself with its first admin; the platform admin or the named body's secretariat verifies it. */
@IntegrationTest
class RegistrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    static final AtomicInteger CLIENTS = new AtomicInteger();

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
    String creditCode;

    @BeforeEach
    void aBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("注册联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        String first17 = "91340800" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        creditCode = first17 + CreditCode.checkCharacter(first17);
    }

    RequestPostProcessor as(Grant grant) {
        var account = identity.createAccount(
                "rg-" + Long.toString(System.nanoTime(), 36), "审核人", "Verify-Pass-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    /** Each submission from its own client address (the per-client limit is not under test here). */
    MockMultipartHttpServletRequestBuilder registration(
            String code, String username, byte[] licence, String... overrides) {
        String client = "192.0.2." + (CLIENTS.incrementAndGet() % 250);
        MockMultipartHttpServletRequestBuilder request = multipart("/register");
        if (licence != null) {
            request.file(new MockMultipartFile("licence", "营业执照.pdf", "application/pdf", licence));
        }
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.ofEntries(
                java.util.Map.entry("name", "自注册企业" + tag),
                java.util.Map.entry("type", "ENTERPRISE"),
                java.util.Map.entry("creditCode", code),
                java.util.Map.entry("regionCode", "340800"),
                java.util.Map.entry("bodyId", body.toString()),
                java.util.Map.entry("contactName", "王联系"),
                java.util.Map.entry("contactMobile", "13800138000"),
                java.util.Map.entry("contactEmail", "contact-" + tag + "@example.cn"),
                java.util.Map.entry("username", username),
                java.util.Map.entry("displayName", "王管理"),
                java.util.Map.entry("password", "Unit-Admin-2026!"),
                java.util.Map.entry("confirmPassword", "Unit-Admin-2026!")));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
        return (MockMultipartHttpServletRequestBuilder) request.with(csrf()).header("Accept-Language", "zh-CN");
    }

    Long registrationOf(String code) {
        return jdbc.queryForObject("select id from registrations where credit_code = ?", Long.class, code);
    }

    @Test
    void theSecretariatOfTheNamedBodyVerifiesAndTheAdminSignsIn() throws Exception {
        String username = "unit-" + tag;
        mvc.perform(registration(creditCode, username, PDF))
                .andExpect(content()
                        .string(allOf(containsString("id=\"registration-submitted\""), containsString("自注册企业" + tag))));
        mvc.perform(formLogin().user(username).password("Unit-Admin-2026!")).andExpect(unauthenticated());
        Long id = registrationOf(creditCode);
        assertThat(jdbc.queryForObject("select contact_mobile from registrations where id = ?", String.class, id))
                .doesNotContain("13800138000");

        RequestPostProcessor secretariat = as(Grant.secretariatOf(body));
        mvc.perform(get("/workbench").with(secretariat).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("待核实的单位注册"), containsString("自注册企业" + tag))));
        mvc.perform(get("/registrations/" + id).with(secretariat).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("138****8000"), not(containsString("13800138000")))));
        mvc.perform(get("/registrations/" + id + "/licence").with(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(post("/registrations/" + id + "/verify")
                        .param("version", "0")
                        .with(secretariat)
                        .with(csrf()))
                .andExpect(redirectedUrl("/registrations/" + id));

        Long organisation =
                jdbc.queryForObject("select id from organisations where credit_code = ?", Long.class, creditCode);
        assertThat(identity.findByUsername(username).orElseThrow().grants())
                .containsExactly(Grant.adminOf(organisation));
        mvc.perform(formLogin().user(username).password("Unit-Admin-2026!")).andExpect(authenticated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where subject like ? and action in "
                                + "('registration.submitted', 'registration.verified', 'registration.licence-viewed')",
                        Long.class,
                        "registration:" + id + "%"))
                .isEqualTo(3);
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedButNeverThePasswordsAndSaysWhatIsWrong() throws Exception {
        String wrongCheck = creditCode.substring(0, 17) + (creditCode.endsWith("0") ? "1" : "0");
        mvc.perform(registration(
                        wrongCheck, "unit-x-" + tag, null, "contactMobile", "12345", "confirmPassword", "Other-2026!"))
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"自注册企业" + tag + "\""),
                                containsString("value=\"王联系\""),
                                containsString("校验"),
                                containsString("两次输入的新密码不一致"),
                                containsString("请上传营业执照"),
                                not(containsString("Unit-Admin-2026!")))));
        mvc.perform(registration(creditCode, "unit-y-" + tag, "not a document".getBytes()))
                .andExpect(content().string(containsString("文件内容不是允许的类型")));
        mvc.perform(registration(creditCode, "unit-z-" + tag, PDF, "password", "short", "confirmPassword", "short"))
                .andExpect(content().string(containsString("密码太短")));
        assertThat(identity.findByUsername("unit-y-" + tag))
                .as("nothing half-written")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from registrations where credit_code = ?", Long.class, creditCode))
                .isZero();
    }

    @Test
    void onlyItsVerifiersSeeARegistrationAndARejectionNeedsAReason() throws Exception {
        mvc.perform(registration(creditCode, "unit-r-" + tag, PDF)).andExpect(status().isOk());
        Long id = registrationOf(creditCode);
        Long otherBody = community
                .found(new BodyDraft("别的注册联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        for (RequestPostProcessor outsider : List.of(as(Grant.secretariatOf(otherBody)), as(Grant.adminOf(1L)))) {
            mvc.perform(get("/registrations/" + id).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get("/registrations/" + id + "/licence").with(outsider)).andExpect(status().isNotFound());
            mvc.perform(post("/registrations/" + id + "/verify")
                            .param("version", "0")
                            .with(outsider)
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/registrations/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/registrations")).andExpect(status().isUnauthorized());

        RequestPostProcessor admin = as(Grant.platformAdmin());
        mvc.perform(post("/registrations/" + id + "/reject")
                        .param("version", "0")
                        .param("reason", " ")
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/registrations/" + id));
        mvc.perform(get("/api/v1/registrations/" + id).with(admin))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.contactMobile").value("138****8000"));
        mvc.perform(post("/api/v1/registrations/" + id + "/reject")
                        .contentType("application/json")
                        .content("{\"version\":0,\"reason\":\"营业执照与单位名称不符\"}")
                        .with(admin))
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(identity.findByUsername("unit-r-" + tag).orElseThrow().enabled())
                .isFalse();
        mvc.perform(registration(creditCode, "unit-r2-" + tag, PDF))
                .andExpect(content().string(containsString("id=\"registration-submitted\"")));
    }

    @Test
    void aCreditCodeWhoseUnitHasAnAdminCannotBeClaimed() throws Exception {
        mvc.perform(registration(creditCode, "unit-a-" + tag, PDF)).andExpect(status().isOk());
        mvc.perform(registration(creditCode, "unit-b-" + tag, PDF))
                .andExpect(content().string(containsString("已有单位注册或正在审核中")));
        Long id = registrationOf(creditCode);
        mvc.perform(post("/api/v1/registrations/" + id + "/verify")
                        .contentType("application/json")
                        .content("{\"version\":0}")
                        .with(as(Grant.platformAdmin())))
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        mvc.perform(registration(creditCode, "unit-c-" + tag, PDF))
                .andExpect(content().string(containsString("已有单位注册或正在审核中")));
        assertThat(Role.ORGANISATION_ADMIN.organisationScoped()).isTrue();
    }
}
