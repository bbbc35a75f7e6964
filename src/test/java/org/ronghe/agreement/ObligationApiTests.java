package org.ronghe.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
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

/** Obligations: the bound party reports with evidence; only another party confirms or disputes. */
@IntegrationTest
class ObligationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    AgreementBook agreements;

    @Autowired
    JdbcTemplate jdbc;

    Long school;
    Long enterprise;
    Long agreement;
    String schoolAdmin;
    String enterpriseAdmin;
    String outsiderAdmin;

    @BeforeEach
    void aSignedAgreementBetweenASchoolAndAnEnterprise() {
        String tag = Long.toString(System.nanoTime(), 36);
        school = organisation("义务测试学院" + tag, OrganisationType.UNIVERSITY);
        enterprise = organisation("义务测试企业" + tag, OrganisationType.ENTERPRISE);
        Long outsider = organisation("义务局外企业" + tag, OrganisationType.ENTERPRISE);
        schoolAdmin = token("ob-s-" + tag, Grant.adminOf(school));
        enterpriseAdmin = token("ob-e-" + tag, Grant.adminOf(enterprise));
        outsiderAdmin = token("ob-o-" + tag, Grant.adminOf(outsider));
        agreement = agreements
                .draft(new AgreementDraft(
                        "联合攻关协议" + tag,
                        AgreementKind.JOINT_RESEARCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(school, PartyRole.PARTNER, null, null, null),
                                new Party(enterprise, PartyRole.FUNDER, null, null, null))))
                .id();
        agreements.recordSignedByAll(agreement, 0, LocalDate.of(2024, 7, 2), null);
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Obligation-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions json(String path, String token, String body) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    Long promise(String cadence) throws Exception {
        String body = "{\"partyId\":" + enterprise + ",\"description\":\"资助联合攻关经费\",\"target\":2000000,\"unit\":\"元\","
                + "\"cadence\":\"" + cadence + "\",\"dueOn\":\"2025-06-30\"}";
        String created = json("/api/v1/agreements/" + agreement + "/obligations", schoolAdmin, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    ResultActions report(Long obligation, String token, Long organisation, int version) throws Exception {
        return mvc.perform(multipart("/api/v1/obligations/" + obligation + "/reports")
                .file(new MockMultipartFile("file", "拨款凭证.pdf", "application/pdf", TestFiles.PDF))
                .param("organisationId", organisation.toString())
                .param("version", String.valueOf(version))
                .param("achieved", "2000000")
                .param("note", "经费已全额拨付")
                .header("Authorization", token)
                .header("Accept-Language", "zh-CN"));
    }

    @Test
    void theBoundPartyReportsAndOnlyTheOtherPartyConfirms() throws Exception {
        Long obligation = promise("ONCE");
        report(obligation, schoolAdmin, school, 0)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有承担该义务的签约方才能报告进展。"));
        report(obligation, enterpriseAdmin, school, 0).andExpect(status().isForbidden());
        String reported = report(obligation, enterpriseAdmin, enterprise, 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.history[0].fileId").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String evidence =
                "/api/v1/obligations/" + obligation + "/evidence/" + JsonPath.read(reported, "$.history[0].fileId");
        assertThat(mvc.perform(get(evidence).header("Authorization", schoolAdmin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(TestFiles.PDF);
        mvc.perform(get(evidence).header("Authorization", outsiderAdmin)).andExpect(status().isForbidden());

        json(
                        "/api/v1/obligations/" + obligation + "/confirm",
                        enterpriseAdmin,
                        "{\"organisationId\":" + enterprise + ",\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("签约方不能确认自己承担的义务，须由其他签约方确认。"));
        json(
                        "/api/v1/obligations/" + obligation + "/confirm",
                        outsiderAdmin,
                        "{\"organisationId\":" + enterprise + ",\"version\":1}")
                .andExpect(status().isForbidden());
        json(
                        "/api/v1/obligations/" + obligation + "/confirm",
                        schoolAdmin,
                        "{\"organisationId\":" + school + ",\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FULFILLED"));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "agreement:" + agreement + "/obligation:" + obligation))
                .containsExactly("obligation.promised", "obligation.reported", "obligation.confirmed");
        assertThat(jdbc.queryForObject(
                        "select a.last_activity_at >= (select max(e.at) from obligation_events e "
                                + "where e.obligation_id = ?) from agreements a where a.id = ?",
                        Boolean.class,
                        obligation,
                        agreement))
                .as("the confirmation counts as activity on the agreement")
                .isTrue();
        mvc.perform(get("/api/v1/agreements/" + agreement + "/obligations").header("Authorization", outsiderAdmin))
                .andExpect(status().isForbidden());

        byte[] xlsx = mvc.perform(get("/api/v1/agreements/" + agreement + "/obligations/export")
                        .header("Authorization", schoolAdmin)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("义务测试企业");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("已确认履行");
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2_000_000d);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1d);
        }
        mvc.perform(get("/api/v1/agreements/" + agreement + "/obligations/export")
                        .header("Authorization", outsiderAdmin))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDisputeNeedsAReasonAndAYearlyObligationIsDueAgainAfterConfirmation() throws Exception {
        Long obligation = promise("YEARLY");
        report(obligation, enterpriseAdmin, enterprise, 0).andExpect(status().isOk());
        json(
                        "/api/v1/obligations/" + obligation + "/dispute",
                        schoolAdmin,
                        "{\"organisationId\":" + school + ",\"version\":1,\"reason\":\" \"}")
                .andExpect(status().isConflict());
        json(
                        "/api/v1/obligations/" + obligation + "/dispute",
                        schoolAdmin,
                        "{\"organisationId\":" + school + ",\"version\":1,\"reason\":\"只到账一半\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPUTED"));
        report(obligation, enterpriseAdmin, enterprise, 2).andExpect(status().isOk());
        json(
                        "/api/v1/obligations/" + obligation + "/confirm",
                        schoolAdmin,
                        "{\"organisationId\":" + school + ",\"version\":2}")
                .andExpect(status().isConflict());
        json(
                        "/api/v1/obligations/" + obligation + "/confirm",
                        schoolAdmin,
                        "{\"organisationId\":" + school + ",\"version\":3}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dueOn").value("2026-06-30"))
                .andExpect(jsonPath("$.history[3].action").value("CONFIRMED"))
                .andExpect(jsonPath("$.history[3].periodDueOn").value("2025-06-30"));
    }

    @Test
    void onlyPartiesAreBoundAndTheExecutableIsNoEvidence() throws Exception {
        json(
                        "/api/v1/agreements/" + agreement + "/obligations",
                        schoolAdmin,
                        "{\"partyId\":987654321,\"description\":\"x\"," + "\"dueOn\":\"2025-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.partyId").value("承担义务的单位必须是该协议的签约方。"));
        Long obligation = promise("ONCE");
        mvc.perform(multipart("/api/v1/obligations/" + obligation + "/reports")
                        .file(new MockMultipartFile("file", "凭证.pdf", "application/pdf", TestFiles.EXECUTABLE))
                        .param("organisationId", enterprise.toString())
                        .param("version", "0")
                        .header("Authorization", enterpriseAdmin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/obligations/" + obligation).header("Authorization", enterpriseAdmin))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.history.length()").value(0));
    }

    @Test
    void onThePageARefusedFileKeepsWhatWasTypedAndTheOtherPartyConfirmsInItsOwnName() throws Exception {
        Long obligation = promise("ONCE");
        var enterpriseUser = pageUser(Grant.adminOf(enterprise));
        mvc.perform(multipart("/obligations/" + obligation + "/report")
                        .file(new MockMultipartFile("file", "凭证.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .param("organisationId", enterprise.toString())
                        .param("version", "0")
                        .param("achieved", "1500000")
                        .param("note", "第一笔经费已拨付")
                        .with(enterpriseUser)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andDo(result -> mvc.perform(get("/agreements/" + agreement)
                                .with(enterpriseUser)
                                .cookie(result.getResponse().getCookies())
                                .header("Accept-Language", "zh-CN"))
                        .andExpect(content()
                                .string(org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("value=\"第一笔经费已拨付\""),
                                        org.hamcrest.Matchers.containsString("value=\"1500000\""),
                                        org.hamcrest.Matchers.containsString("请重新选择证明材料")))));

        report(obligation, enterpriseAdmin, enterprise, 0).andExpect(status().isOk());
        String schoolName = directory.get(school).name();
        mvc.perform(get("/agreements/" + agreement)
                        .with(pageUser(Grant.adminOf(school)))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("以“" + schoolName + "”名义确认履行"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("null")))));
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor pageUser(Grant grant) {
        var account = identity.createAccount("ob-p-" + System.nanoTime(), "页面用户", "Obligation-2026!", List.of(grant));
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                org.ronghe.identity.RongheUserFactory.forLogin(account, java.time.Instant.now()));
    }
}
