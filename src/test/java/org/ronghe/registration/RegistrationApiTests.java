package org.ronghe.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.ronghe.registration.Applicants.as;
import static org.ronghe.registration.Applicants.creditCode;
import static org.ronghe.registration.Applicants.form;
import static org.ronghe.registration.Applicants.freshClient;
import static org.ronghe.registration.Applicants.pdf;
import static org.ronghe.registration.Applicants.wrongCheck;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.ronghe.registration.RegistrationEvents.RegistrationRejected;
import org.ronghe.registration.RegistrationEvents.RegistrationSubmitted;
import org.ronghe.registration.RegistrationEvents.RegistrationVerified;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Clients register units through the API without a session; verifiers decide through it; events tell the rest. */
@IntegrationTest
@RecordApplicationEvents
class RegistrationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    Directory directory;

    @Autowired
    ApplicationEvents events;

    String tag;
    Long body;

    @BeforeEach
    void aBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("接口注册联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
    }

    Long submitted(String code, Long toBody, String username) throws Exception {
        String json = mvc.perform(
                        form("/api/v1/registrations", freshClient(), "接口注册企业" + tag, code, toBody, username, pdf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void anAnonymousClientRegistersWithoutCsrfAndTheBodysSecretariatVerifies() throws Exception {
        String code = creditCode();
        Long id = submitted(code, body, "api-unit-" + tag);
        assertThat(events.stream(RegistrationSubmitted.class))
                .contains(new RegistrationSubmitted(id, body, "接口注册企业" + tag));

        RequestPostProcessor secretariat = as(identity, Grant.secretariatOf(body));
        mvc.perform(get("/api/v1/registrations").param("status", "PENDING").with(secretariat))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.intValue())));
        mvc.perform(get("/api/v1/registrations/" + id).with(secretariat))
                .andExpect(jsonPath("$.contactMobile").value("137****7000"))
                .andExpect(jsonPath("$.licence").value("/api/v1/registrations/" + id + "/licence"))
                .andExpect(content().string(not(containsString("13700137000"))));
        mvc.perform(get("/api/v1/registrations/" + id + "/licence").with(secretariat))
                .andExpect(status().isOk())
                .andExpect(content().bytes(Applicants.PDF));
        String verified = mvc.perform(post("/api/v1/registrations/" + id + "/verify")
                        .with(secretariat)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Long organisation = ((Number) JsonPath.read(verified, "$.organisationId")).longValue();
        var account = identity.findByUsername("api-unit-" + tag).orElseThrow();
        assertThat(account.enabled()).isTrue();
        assertThat(account.grants()).containsExactly(Grant.adminOf(organisation));
        assertThat(events.stream(RegistrationVerified.class))
                .contains(new RegistrationVerified(id, organisation, account.id()));
        mvc.perform(post("/api/v1/registrations/" + id + "/verify")
                        .with(secretariat)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isConflict());
    }

    @Test
    void refusalsAreProblemDetailsNamingEachFieldInTheClientsLanguage() throws Exception {
        String code = creditCode();
        mvc.perform(form(
                                "/api/v1/registrations",
                                freshClient(),
                                "",
                                wrongCheck(code),
                                body,
                                "api-bad-" + tag,
                                null,
                                "contactMobile",
                                "1380013800",
                                "password",
                                "weak",
                                "confirmPassword",
                                "other")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.creditCode").value(containsString("check")))
                .andExpect(jsonPath("$.errors.contactMobile").exists())
                .andExpect(jsonPath("$.errors.confirmPassword").value("The two new passwords differ."))
                .andExpect(jsonPath("$.errors.licence").exists());
        mvc.perform(form(
                                "/api/v1/registrations",
                                freshClient(),
                                "接口注册企业" + tag,
                                code,
                                body,
                                "api-weak-" + tag,
                                pdf(),
                                "password",
                                "weak",
                                "confirmPassword",
                                "weak")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").value(containsString("密码太短")));
        mvc.perform(form("/api/v1/registrations", freshClient(), "接口注册企业" + tag, code, body, "admin", pdf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username").value("该用户名已被使用。"));
        mvc.perform(form(
                                "/api/v1/registrations",
                                freshClient(),
                                "接口注册企业" + tag,
                                code,
                                body,
                                "api-exe-" + tag,
                                new MockMultipartFile(
                                        "licence", "licence.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.licence").exists());
        mvc.perform(form("/api/v1/registrations", freshClient(), "接口注册企业" + tag, code, -5L, "api-nobody-" + tag, pdf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.bodyId").value("所选的共同体或联合体不存在，请重新选择。"));
        assertThat(identity.findByUsername("api-weak-" + tag)).isEmpty();
        assertThat(identity.findByUsername("api-nobody-" + tag)).isEmpty();
    }

    @Test
    void onlyItsVerifiersReachARegistrationThroughTheApi() throws Exception {
        Long id = submitted(creditCode(), body, "api-acl-" + tag);
        String path = "/api/v1/registrations/" + id;
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path + "/licence")).andExpect(status().isUnauthorized());
        mvc.perform(post(path + "/verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isUnauthorized());

        Long otherBody = community
                .found(new BodyDraft("接口别的联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        RequestPostProcessor otherSecretariat = as(identity, Grant.secretariatOf(otherBody));
        mvc.perform(get("/api/v1/registrations").with(otherSecretariat))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id.intValue()))));
        for (RequestPostProcessor outsider : List.of(otherSecretariat, as(identity, Grant.adminOf(1L)))) {
            mvc.perform(get(path).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get(path + "/licence").with(outsider)).andExpect(status().isNotFound());
            mvc.perform(post(path + "/verify")
                            .with(outsider)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":0}"))
                    .andExpect(status().isNotFound());
            mvc.perform(post(path + "/reject")
                            .with(outsider)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":0,\"reason\":\"不符\"}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/registrations").with(as(identity, Grant.adminOf(1L))))
                .andExpect(status().isForbidden());
        assertThat(identity.findByUsername("api-acl-" + tag).orElseThrow().enabled())
                .isFalse();
    }

    @Test
    void aRejectionNeedsAReasonAndIsPublished() throws Exception {
        Long id = submitted(creditCode(), null, "api-rej-" + tag);
        RequestPostProcessor admin = as(identity, Grant.platformAdmin());
        mvc.perform(post("/api/v1/registrations/" + id + "/reject")
                        .with(admin)
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("退回时请写明原因。"));
        mvc.perform(post("/api/v1/registrations/" + id + "/reject")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"reason\":\"执照模糊\"}"))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.reason").value("执照模糊"));
        var account = identity.findByUsername("api-rej-" + tag).orElseThrow();
        assertThat(events.stream(RegistrationRejected.class))
                .contains(new RegistrationRejected(id, account.id(), "执照模糊"));
        assertThat(account.enabled()).isFalse();
        assertThat(account.grants()).isEmpty();
    }

    @Test
    void verificationTakesTheUnclaimedDirectoryEntryWithTheSameCreditCode() throws Exception {
        String code = creditCode();
        Long existing = directory
                .register(
                        new OrganisationDraft(
                                "目录已有企业" + tag,
                                OrganisationType.ENTERPRISE,
                                null,
                                code,
                                "340800",
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        Long id = submitted(code, null, "api-adopt-" + tag);
        mvc.perform(post("/api/v1/registrations/" + id + "/verify")
                        .with(as(identity, Grant.platformAdmin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(jsonPath("$.organisationId").value(existing.intValue()));
        assertThat(identity.findByUsername("api-adopt-" + tag).orElseThrow().grants())
                .containsExactly(Grant.adminOf(existing));
    }

    @Test
    void aUnitThatGotAnAdminSinceSubmissionIsNotHandedToTheApplicant() throws Exception {
        String code = creditCode();
        Long existing = directory
                .register(
                        new OrganisationDraft(
                                "其间有管理员企业" + tag,
                                OrganisationType.ENTERPRISE,
                                null,
                                code,
                                "340800",
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        Long id = submitted(code, null, "api-late-" + tag);
        identity.createAccount("late-admin-" + tag, "已有管理员", "Late-Admin-2026!", List.of(Grant.adminOf(existing)));

        RequestPostProcessor admin = as(identity, Grant.platformAdmin());
        mvc.perform(post("/api/v1/registrations/" + id + "/verify")
                        .with(admin)
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已有管理员")));
        mvc.perform(post("/registrations/" + id + "/verify")
                        .param("version", "0")
                        .with(admin)
                        .with(Applicants.withCsrf()))
                .andExpect(flash().attribute("refusal", "registration.claimed-meanwhile"));
        mvc.perform(get("/api/v1/registrations/" + id).with(admin))
                .andExpect(jsonPath("$.status").value("PENDING"));
        var applicant = identity.findByUsername("api-late-" + tag).orElseThrow();
        assertThat(applicant.enabled()).isFalse();
        assertThat(applicant.grants()).isEmpty();
    }
}
