package org.ronghe.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Agreements through the API: drafting, signing, permissions of parties and outsiders, conflicts, audit. */
@IntegrationTest
class AgreementApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    Long school;
    Long enterprise;
    Long outsider;
    String schoolAdmin;
    String enterpriseAdmin;
    String outsiderAdmin;
    String secretariat;

    @BeforeEach
    void twoPartiesAnOutsiderAndTheSecretariat() {
        String tag = Long.toString(System.nanoTime(), 36);
        body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        school = organisation("协议测试学院" + tag, OrganisationType.UNIVERSITY);
        enterprise = organisation("协议测试企业" + tag, OrganisationType.ENTERPRISE);
        outsider = organisation("协议局外企业" + tag, OrganisationType.ENTERPRISE);
        schoolAdmin = token("ag-s-" + tag, Grant.adminOf(school));
        enterpriseAdmin = token("ag-e-" + tag, Grant.adminOf(enterprise));
        outsiderAdmin = token("ag-o-" + tag, Grant.adminOf(outsider));
        secretariat = token("ag-sec-" + tag, Grant.secretariatOf(body));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Agreement-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    String parties(Long... ids) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i > 0 ? "," : "")
                    .append("{\"organisationId\":")
                    .append(ids[i])
                    .append(",\"role\":\"")
                    .append(i == 0 ? "INITIATOR" : "PARTNER")
                    .append("\",\"committedCash\":")
                    .append(i == 0 ? "2000000.00" : "null")
                    .append("}");
        }
        return json.append("]").toString();
    }

    Long draft(String token, Long... parties) throws Exception {
        String json = send(
                        post("/api/v1/agreements"),
                        token,
                        "{\"title\":\"科技攻关项目合作协议\",\"kind\":\"JOINT_RESEARCH\"," + "\"bodyId\":" + body
                                + ",\"termEndsOn\":\"2027-07-01\",\"parties\":" + parties(parties) + "}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions signFor(Long id, String token, Long organisation, long version, String... more) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/api/v1/agreements/" + id + "/signatures")
                .param("organisationId", organisation.toString())
                .param("version", String.valueOf(version))
                .param("signedOn", "2024-07-02");
        for (int i = 0; i + 1 < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return mvc.perform(request.header("Authorization", token).header("Accept-Language", "zh-CN"));
    }

    @Test
    void everyPartySignsForItselfAndOnlyThenIsTheAgreementSignedAndInForce() throws Exception {
        Long id = draft(schoolAdmin, school, enterprise);
        send(get("/api/v1/agreements/" + id), enterpriseAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.parties[0].committedCash").value(2000000.00))
                .andExpect(jsonPath("$.parties[1].organisationName").value(org.hamcrest.Matchers.startsWith("协议测试企业")));
        send(get("/api/v1/agreements/" + id), outsiderAdmin, "").andExpect(status().isForbidden());
        signFor(id, outsiderAdmin, school, 0).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where result = 'DENIED' and subject = ?",
                        Long.class,
                        "/api/v1/agreements/" + id + "/signatures"))
                .isEqualTo(1);
        signFor(id, enterpriseAdmin, school, 0).andExpect(status().isForbidden());

        signFor(id, enterpriseAdmin, enterprise, 0, "place", "重庆市西南铝", "signatoryPosition", "副总经理")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.parties[1].signature.signatoryPosition").value("副总经理"))
                .andExpect(jsonPath("$.parties[0].signature").isEmpty());
        signFor(id, enterpriseAdmin, enterprise, 1)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该签约方已经签署过了。"));
        send(post("/api/v1/agreements/" + id + "/in-force"), secretariat, "{\"version\":1}")
                .andExpect(status().isConflict());

        signFor(id, schoolAdmin, school, 1, "place", "重庆市西南铝")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.place").value("重庆市西南铝"));
        send(post("/api/v1/agreements/" + id + "/in-force"), secretariat, "{\"version\":2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_FORCE"));

        send(get("/api/v1/agreements").param("status", "IN_FORCE").param("party", school.toString()), schoolAdmin, "")
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.total").value(1));
        send(get("/api/v1/agreements").param("party", school.toString()), outsiderAdmin, "")
                .andExpect(jsonPath("$.total").value(0));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "agreement:" + id))
                .containsExactly(
                        "agreement.drafted",
                        "agreement.party-signed",
                        "agreement.party-signed",
                        "agreement.signed",
                        "agreement.in-force");
    }

    @Test
    void theSecretariatRecordsAPartysSignatureOnItsBehalfOnlyWithTheSignedScan() throws Exception {
        Long id = draft(schoolAdmin, school, enterprise);
        signFor(id, secretariat, enterprise, 0)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("代为登记签署时必须上传该方的签署扫描件。"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/agreements/" + id + "/signatures")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "企业签署页.pdf", "application/pdf", org.ronghe.TestFiles.PDF))
                        .param("organisationId", enterprise.toString())
                        .param("version", "0")
                        .param("signedOn", "2024-07-03")
                        .header("Authorization", secretariat))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[1].signature.onBehalf").value(true))
                .andExpect(jsonPath("$.parties[1].signature.scanFileId").isString())
                .andExpect(jsonPath("$.documents[0].title").value("企业签署页.pdf"));
        signFor(id, schoolAdmin, school, 1)
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signedOn").value("2024-07-03"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where subject = ? and action = ?",
                        Long.class,
                        "agreement:" + id,
                        "agreement.signed-on-behalf"))
                .isEqualTo(1);
    }

    @Test
    void staleVersionsConflictAndRevisionsAreAuditedWithBeforeAndAfter() throws Exception {
        Long id = draft(schoolAdmin, school, enterprise);
        String revision = "{\"version\":0,\"title\":\"科技攻关项目合作协议（修订）\",\"kind\":\"JOINT_RESEARCH\",\"bodyId\":" + body
                + ",\"parties\":" + parties(school, enterprise) + "}";
        send(put("/api/v1/agreements/" + id), enterpriseAdmin, revision)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        send(put("/api/v1/agreements/" + id), schoolAdmin, revision).andExpect(status().isConflict());
        String detail = jdbc.queryForObject(
                "select detail from audit_records where subject = ? and action = 'agreement.revised'",
                String.class,
                "agreement:" + id);
        assertThat(detail)
                .contains("before:")
                .contains("\"title\":\"科技攻关项目合作协议\"")
                .contains("after:")
                .contains("科技攻关项目合作协议（修订）");
    }

    @Test
    void rulesAnswer409InTheUsersLanguageAndBadTermsAnswer400WithEveryProblem() throws Exception {
        Long single = draft(secretariat, school);
        signFor(single, secretariat, school, 0)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("至少要有两个签约方才能签署。"));
        send(
                        post("/api/v1/agreements"),
                        schoolAdmin,
                        "{\"title\":\"\",\"parties\":" + parties(school, 987654321L) + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value("请填写协议名称。"))
                .andExpect(jsonPath("$.errors.kind").value("请选择协议类型。"));
        send(
                        post("/api/v1/agreements"),
                        schoolAdmin,
                        "{\"title\":\"合作\",\"kind\":\"TRAINING\",\"parties\":" + parties(school, 987654321L) + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$['errors']['parties[1].organisationId']").value("成员单位目录中没有编号为 987654321 的单位。"));
        send(
                        post("/api/v1/agreements"),
                        outsiderAdmin,
                        "{\"title\":\"合作\",\"kind\":\"TRAINING\",\"parties\":" + parties(school, enterprise) + "}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aCompletedAgreementIsReadOnly() throws Exception {
        Long id = draft(schoolAdmin, school, enterprise);
        signFor(id, schoolAdmin, school, 0);
        signFor(id, enterpriseAdmin, enterprise, 1);
        send(post("/api/v1/agreements/" + id + "/in-force"), schoolAdmin, "{\"version\":2}");
        send(post("/api/v1/agreements/" + id + "/complete"), schoolAdmin, "{\"version\":3}")
                .andExpect(status().isOk());
        send(
                        put("/api/v1/agreements/" + id),
                        schoolAdmin,
                        "{\"version\":4,\"title\":\"改名\",\"kind\":\"JOINT_RESEARCH\"," + "\"parties\":"
                                + parties(school, enterprise) + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("协议“已完成”，只能查看，不能修改。"));
        send(post("/api/v1/agreements/" + id + "/terminate"), schoolAdmin, "{\"version\":4,\"reason\":\"x\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void theDemoHasTheAgreementsSignedAtTheNonferrousCommunitysFounding() throws Exception {
        String admin = "Bearer " + IntegrationTest.ADMIN_TOKEN;
        send(get("/api/v1/agreements").param("bodyId", body.toString()).param("q", "中鋁直通車"), admin, "")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("FRAMEWORK"))
                .andExpect(jsonPath("$.items[0].status").value("SIGNED"))
                .andExpect(jsonPath("$.items[0].signedOn").value("2024-07-02"));
        send(
                        get("/api/v1/agreements")
                                .param("bodyId", body.toString())
                                .param("kind", "JOINT_RESEARCH")
                                .param("q", "—")
                                .param("status", "SIGNED"),
                        admin,
                        "")
                .andExpect(jsonPath("$.total").value(3));
        Long direct = ((Number) JsonPath.read(
                        send(get("/api/v1/agreements").param("q", "中铝直通车"), admin, "")
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.items[0].id"))
                .longValue();
        send(get("/api/v1/agreements/" + direct), admin, "")
                .andExpect(jsonPath("$.parties.length()").value(3))
                .andExpect(jsonPath("$.parties[0].organisationName").value("中铝集团"))
                .andExpect(jsonPath("$.parties[0].committedCash").doesNotExist())
                .andExpect(jsonPath("$.meetingId").isNumber());
    }

    @Test
    void theListExportsToExcelWithThePartiesByNameLimitedToWhatTheUserSees() throws Exception {
        String admin = "Bearer " + IntegrationTest.ADMIN_TOKEN;
        byte[] xlsx = mvc.perform(get("/api/v1/agreements/export")
                        .param("q", "—")
                        .param("status", "SIGNED")
                        .header("Authorization", admin)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("签约方");
            List<String> parties = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                parties.add(sheet.getRow(r).getCell(3).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("已签署");
            }
            assertThat(parties).containsExactlyInAnyOrder("郑州研究院、上海交通大学", "中国铜业、中南大学", "中铝高端、重庆大学");
        }
        byte[] outsiders = mvc.perform(get("/api/v1/agreements/export").header("Authorization", outsiderAdmin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(outsiders))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'agreement.exported'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void signedScansAreFiledCheckedByContentAndDownloadedByThoseWhoMayRead() throws Exception {
        Long id = draft(schoolAdmin, school, enterprise);
        String json = mvc.perform(multipart("/api/v1/agreements/" + id + "/documents")
                        .file(new MockMultipartFile("file", "签署扫描件.pdf", "application/pdf", TestFiles.PDF))
                        .param("title", "签署扫描件")
                        .header("Authorization", enterpriseAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[0].title").value("签署扫描件"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String download = "/api/v1/agreements/" + id + "/documents/" + JsonPath.read(json, "$.documents[0].fileId");
        assertThat(mvc.perform(get(download).header("Authorization", schoolAdmin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(TestFiles.PDF);
        mvc.perform(get(download).header("Authorization", outsiderAdmin)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/agreements/" + id + "/documents")
                        .file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", TestFiles.EXECUTABLE))
                        .header("Authorization", enterpriseAdmin))
                .andExpect(status().isBadRequest());
    }
}
