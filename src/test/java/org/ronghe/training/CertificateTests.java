package org.ronghe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/**
 * Skill certificates: the issuer records one for a worker (name and ID number sealed, masked in every answer), every
 * problem of a draft at once, who reads it, and the public check by number on the API and the page.
 */
@IntegrationTest
class CertificateTests {

    static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long school;
    Long enterprise;
    String schoolAdmin;
    String enterpriseAdmin;
    String outsiderAdmin;

    @BeforeEach
    void anIssuingSchoolAndAnEnterprise() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        school = organisation("证书测试职业技术大学" + tag, OrganisationType.UNIVERSITY);
        enterprise = organisation("证书测试铝业" + tag, OrganisationType.ENTERPRISE);
        schoolAdmin = token("ct-s-" + tag, Grant.adminOf(school));
        enterpriseAdmin = token("ct-e-" + tag, Grant.adminOf(enterprise));
        outsiderAdmin = token("ct-o-" + tag, Grant.adminOf(organisation("证书局外" + tag, OrganisationType.ENTERPRISE)));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Certificate-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    String draft(String number, String kind, String level, String code, String issuedOn, String id) {
        return "{\"number\":\"" + number + "\",\"kind\":\"" + kind + "\",\"level\":"
                + (level == null ? "null" : "\"" + level + "\"") + ",\"occupation\":\"铝电解工\",\"occupationCode\":"
                + (code == null ? "null" : "\"" + code + "\"") + ",\"issuerOrganisationId\":" + school
                + ",\"issuedOn\":\"" + issuedOn + "\","
                + "\"holderKind\":\"WORKER\",\"holderOrganisationId\":" + enterprise + ",\"holderName\":\"李秀英\","
                + "\"holderIdNumber\":\"" + id + "\"}";
    }

    ResultActions record(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/certificates")
                .header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    String number() {
        return "S" + tag + "-0001";
    }

    Long recorded() throws Exception {
        String body = record(
                        schoolAdmin,
                        draft(
                                " " + number().toLowerCase() + " ",
                                "SKILL_LEVEL",
                                "LEVEL_3",
                                "6-18-02-04",
                                "2026-06-30",
                                ID_NUMBER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(number()))
                .andExpect(jsonPath("$.holderName").value("李**"))
                .andExpect(jsonPath("$.holderIdNumber").value("110105********002X"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theIssuerRecordsACertificateWhoseHolderIsSealedAtRestAndMaskedInAnswers() throws Exception {
        Long id = recorded();
        Map<String, Object> row = jdbc.queryForMap("select * from certificates where id = ?", id);
        assertThat(row.values().stream().map(String::valueOf))
                .noneMatch(v -> v.contains("李秀英") || v.contains("19491231"));
        mvc.perform(get("/api/v1/certificates/" + id).header("Authorization", enterpriseAdmin))
                .andExpect(jsonPath("$.holderName").value("李**"));
        mvc.perform(get("/api/v1/certificates/" + id).header("Authorization", outsiderAdmin))
                .andExpect(status().isForbidden());
        record(enterpriseAdmin, draft("E" + tag + "-9", "SKILL_LEVEL", "LEVEL_3", null, "2026-06-30", ID_NUMBER))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where subject = ? and action = 'training.certificate.recorded'",
                        String.class,
                        "certificate:" + id))
                .contains(number())
                .doesNotContain("李秀英")
                .doesNotContain(ID_NUMBER);
    }

    @Test
    void everyProblemOfADraftIsReportedAtOnce() throws Exception {
        recorded();
        record(schoolAdmin, draft(number(), "SKILL_LEVEL", "SENIOR", "618-02", "2999-01-01", "110105194912310021"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.number").value("该证书编号已登记。"))
                .andExpect(jsonPath("$.errors.level").value("职业技能等级证书须选择五级至一级中的一个等级。"))
                .andExpect(jsonPath("$.errors.occupationCode").exists())
                .andExpect(jsonPath("$.errors.issuedOn").value("请填写发证日期（不能晚于今天）。"))
                .andExpect(jsonPath("$.errors.holderIdNumber").exists());
        record(schoolAdmin, draft("T" + tag + "-1", "SPECIAL_OPERATION", "LEVEL_1", null, "2026-01-01", ID_NUMBER))
                .andExpect(jsonPath("$.errors.level").value("特种作业操作证没有等级。"));
        assertThat(jdbc.queryForObject("select count(*) from certificates where issuer_id = ?", Long.class, school))
                .isEqualTo(1);
    }

    @Test
    void anyoneVerifiesANumberAndSeesOnlyTheMaskedHolder() throws Exception {
        recorded();
        mvc.perform(get("/api/v1/certificates/verify/" + number().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holder").value("李**"))
                .andExpect(jsonPath("$.level").value("LEVEL_3"))
                .andExpect(jsonPath("$.issuer").value("证书测试职业技术大学" + tag))
                .andExpect(jsonPath("$.holderIdNumber").doesNotExist());
        mvc.perform(get("/api/v1/certificates/verify/NOPE" + tag)).andExpect(status().isNotFound());
        String page = mvc.perform(get("/verify/certificates/" + number()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("李**", "三级 / 高级工", "铝电解工（6-18-02-04）", "2026-06-30")
                .doesNotContain("李秀英")
                .doesNotContain("110105");
        assertThat(mvc.perform(get("/verify/certificates/NOPE" + tag).header("Accept-Language", "en"))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("No certificate numbered “NOPE" + tag + "”");
        mvc.perform(get("/verify/certificates").param("number", " " + number().toLowerCase()))
                .andExpect(redirectedUrl("/verify/certificates/" + number()));
        assertThat(mvc.perform(get("/verify/certificates/" + number()).header("Accept-Language", "zh-TW"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("證書查驗", "職業技能等級證書");
    }

    @Test
    void walkingThroughNumbersFromOneAddressIsStopped() throws Exception {
        recorded();
        String address = "10.77." + (System.nanoTime() % 200) + ".9";
        for (int i = 0; i < 60; i++) {
            mvc.perform(get("/api/v1/certificates/verify/NOPE" + tag + i).with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/certificates/verify/" + number()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/verify/certificates/" + number())
                        .header("Accept-Language", "zh-CN")
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("查验过于频繁")));
        mvc.perform(get("/api/v1/certificates/verify/" + number())).andExpect(status().isOk());
    }
}
