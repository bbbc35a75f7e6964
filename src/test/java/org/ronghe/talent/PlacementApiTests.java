package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Internships and hires through the API: the school records, the enterprise's mentor evaluates, only the employer
 * confirms or disputes a hire; an employer sees a student's name only with consent.
 */
@IntegrationTest
class PlacementApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    Long school;
    Long enterprise;
    Long student;
    String schoolAdmin;
    String employer;
    String outsider;
    String platformAdmin = "Bearer " + IntegrationTest.ADMIN_TOKEN;

    @BeforeEach
    void aStudentOfASchoolInAnqingAndAnEmployer() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        school = directory
                .register(
                        new OrganisationDraft(
                                "实习测试职业学院" + tag,
                                OrganisationType.VOCATIONAL_SCHOOL,
                                SchoolLevel.HIGHER,
                                null,
                                "340800",
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        enterprise = directory
                .register(
                        new OrganisationDraft(
                                "实习测试企业" + tag,
                                OrganisationType.ENTERPRISE,
                                null,
                                null,
                                "340800",
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        Long other = directory
                .register(
                        new OrganisationDraft(
                                "实习局外企业" + tag, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        schoolAdmin = token("pl-s-" + tag, Grant.adminOf(school));
        employer = token("pl-e-" + tag, Grant.adminOf(enterprise));
        outsider = token("pl-o-" + tag, Grant.adminOf(other));
        String created = send(
                        post("/api/v1/students"),
                        schoolAdmin,
                        "{\"schoolId\":" + school + ",\"name\":\"黄蓉\"," + "\"idNumber\":\""
                                + StudentApiTests.idNumber("20040404", 404) + "\"}")
                .andReturn()
                .getResponse()
                .getContentAsString();
        student = ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Placement-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void theSchoolRecordsAnInternshipAndTheMentorsEvaluationConfirmsIt() throws Exception {
        String terms = "{\"studentId\":" + student + ",\"enterpriseId\":" + enterprise + ",\"post\":\"电解工\","
                + "\"mentor\":\"张师傅\",\"supervisor\":\"李老师\",\"startsOn\":\"2025-07-01\",\"endsOn\":\"2025-12-31\"}";
        send(post("/api/v1/internships"), employer, terms).andExpect(status().isForbidden());
        long internship = id(send(post("/api/v1/internships"), schoolAdmin, terms)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.confirmed").value(false)));

        send(get("/api/v1/internships/" + internship), employer, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.studentName").doesNotExist())
                .andExpect(jsonPath("$.post").value("电解工"));
        send(get("/api/v1/internships/" + internship), outsider, "").andExpect(status().isForbidden());
        send(
                        post("/api/v1/internships/" + internship + "/evaluations"),
                        outsider,
                        "{\"version\":0,\"stage\":\"MIDTERM\",\"grade\":\"GOOD\"}")
                .andExpect(status().isForbidden());
        send(
                        post("/api/v1/internships/" + internship + "/evaluations"),
                        schoolAdmin,
                        "{\"version\":0,\"side\":\"ENTERPRISE\",\"stage\":\"MIDTERM\",\"grade\":\"GOOD\"}")
                .andExpect(status().isForbidden());
        send(
                        post("/api/v1/internships/" + internship + "/evaluations"),
                        employer,
                        "{\"version\":0,\"stage\":\"FINAL\",\"grade\":\"GOOD\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请先做中期评价，再做终期评价。"));
        send(
                        post("/api/v1/internships/" + internship + "/evaluations"),
                        employer,
                        "{\"version\":0,\"stage\":\"MIDTERM\",\"grade\":\"GOOD\",\"comment\":\"操作规范\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.evaluations[0].side").value("ENTERPRISE"));
        send(
                        post("/api/v1/internships/" + internship + "/evaluations"),
                        schoolAdmin,
                        "{\"version\":1,\"stage\":\"MIDTERM\",\"grade\":\"EXCELLENT\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evaluations[1].side").value("SCHOOL"));

        mvc.perform(multipart("/api/v1/internships/" + internship + "/agreement")
                        .file(new MockMultipartFile("file", "三方协议.exe", "application/pdf", TestFiles.EXECUTABLE))
                        .header("Authorization", schoolAdmin))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/internships/" + internship + "/agreement")
                        .file(new MockMultipartFile("file", "三方协议.pdf", "application/pdf", TestFiles.PDF))
                        .header("Authorization", employer))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/internships/" + internship + "/agreement")
                        .file(new MockMultipartFile("file", "三方协议.pdf", "application/pdf", TestFiles.PDF))
                        .header("Authorization", schoolAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreementFileName").value("三方协议.pdf"));
        mvc.perform(get("/api/v1/internships/" + internship + "/agreement").header("Authorization", employer))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "internship:" + internship))
                .containsExactly(
                        "talent.internship.recorded",
                        "talent.internship.evaluated",
                        "talent.internship.evaluated",
                        "talent.internship.agreement-filed");
    }

    @Test
    void onlyTheEmployerConfirmsOrDisputesAHire() throws Exception {
        long hire = id(send(
                        post("/api/v1/hires"),
                        schoolAdmin,
                        "{\"studentId\":" + student + ",\"enterpriseId\":" + enterprise
                                + ",\"post\":\"电解工\",\"offeredOn\":\"2026-05-10\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OFFERED"))
                .andExpect(jsonPath("$.local").value(true))
                .andExpect(jsonPath("$.inProvince").value(true)));
        send(post("/api/v1/hires/" + hire + "/confirm"), employer, "{\"version\":0}")
                .andExpect(status().isConflict());
        send(post("/api/v1/hires/" + hire + "/hired"), employer, "{\"version\":0,\"hiredOn\":\"2026-07-01\"}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/hires/" + hire + "/hired"), schoolAdmin, "{\"version\":0,\"hiredOn\":\"2026-05-01\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("入职日期不能早于录用日期。"));
        send(post("/api/v1/hires/" + hire + "/hired"), schoolAdmin, "{\"version\":0,\"hiredOn\":\"2026-07-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HIRED"));

        send(post("/api/v1/hires/" + hire + "/confirm"), schoolAdmin, "{\"version\":1}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/hires/" + hire + "/confirm"), platformAdmin, "{\"version\":1}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/hires/" + hire + "/confirm"), outsider, "{\"version\":1}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where result = 'DENIED' and subject = ?",
                        Long.class,
                        "/api/v1/hires/" + hire + "/confirm"))
                .isEqualTo(3);
        send(post("/api/v1/hires/" + hire + "/dispute"), employer, "{\"version\":1,\"reason\":\" \"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请填写异议理由。"));
        send(post("/api/v1/hires/" + hire + "/confirm"), employer, "{\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'talent.hire.confirmed' " + "and subject = ?",
                        String.class,
                        "hire:" + hire))
                .isEqualTo("local=true; in-province=true");
    }

    @Test
    void theEmployersPageShowsFiftyAtATimeWithAPager() throws Exception {
        for (int i = 0; i < 51; i++) {
            send(
                            post("/api/v1/hires"),
                            schoolAdmin,
                            "{\"studentId\":" + student + ",\"enterpriseId\":" + enterprise + ",\"post\":\"岗位" + i
                                    + "\",\"offeredOn\":\"2026-05-10\"}")
                    .andExpect(status().isCreated());
        }
        var account = identity.createAccount(
                "pl-page-" + System.nanoTime(), "企业", "Placement-2026!", List.of(Grant.adminOf(enterprise)));
        var user = user(RongheUserFactory.forLogin(account, Instant.now()));
        String first = mvc.perform(get("/talent/employer").with(user).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first.split("/talent/hires/", -1).length - 1).isEqualTo(50);
        assertThat(first).contains("pagination", "page=1");
        String second = mvc.perform(
                        get("/talent/employer").param("page", "1").with(user).header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second.split("/talent/hires/", -1).length - 1).isEqualTo(1);
    }

    @Test
    void aDisputedHireGoesBackToTheSchoolWithTheReason() throws Exception {
        long hire = id(send(
                post("/api/v1/hires"),
                schoolAdmin,
                "{\"studentId\":" + student + ",\"enterpriseId\":" + enterprise
                        + ",\"post\":\"化验员\",\"offeredOn\":\"2026-05-10\",\"workRegionCode\":\"110000\"}"));
        send(post("/api/v1/hires/" + hire + "/hired"), schoolAdmin, "{\"version\":0,\"hiredOn\":\"2026-07-01\"}");
        send(post("/api/v1/hires/" + hire + "/dispute"), employer, "{\"version\":1,\"reason\":\"该生未到岗\"}")
                .andExpect(jsonPath("$.status").value("DISPUTED"))
                .andExpect(jsonPath("$.disputeReason").value("该生未到岗"))
                .andExpect(jsonPath("$.local").value(false))
                .andExpect(jsonPath("$.inProvince").value(false));
        send(get("/api/v1/hires").param("studentId", student.toString()), schoolAdmin, "")
                .andExpect(jsonPath("$[0].status").value("DISPUTED"));
        send(get("/api/v1/hires").param("enterpriseId", enterprise.toString()), employer, "")
                .andExpect(jsonPath("$[0].studentName").doesNotExist());
        send(post("/api/v1/students/" + student + "/consents"), schoolAdmin, "{\"organisationId\":" + enterprise + "}");
        send(get("/api/v1/hires/" + hire), employer, "")
                .andExpect(jsonPath("$.studentName").value("黄蓉"));
        send(post("/api/v1/hires/" + hire + "/hired"), schoolAdmin, "{\"version\":2,\"hiredOn\":\"2026-07-15\"}")
                .andExpect(jsonPath("$.status").value("HIRED"));
    }

    /** Work places were accepted by format before the county table came, and counties get renumbered. */
    @Test
    void aStoredWorkPlaceNoLongerInTheCountyTableStillShowsAndFollowsTheSchool() throws Exception {
        long hire = id(send(
                post("/api/v1/hires"),
                schoolAdmin,
                "{\"studentId\":" + student + ",\"enterpriseId\":" + enterprise
                        + ",\"post\":\"质检员\",\"offeredOn\":\"2026-05-10\",\"workRegionCode\":\"340822\"}"));
        jdbc.update("update hires set work_region_code = '340899' where id = ?", hire);
        var account = identity.createAccount(
                "pl-place-" + System.nanoTime(), "学校", "Placement-2026!", List.of(Grant.adminOf(school)));
        String page = mvc.perform(get("/talent/hires/" + hire)
                        .with(user(RongheUserFactory.forLogin(account, Instant.now())))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"work-place\"><span>安徽省安庆市</span>");
        var moved = directory.get(school);
        directory.revise(
                school,
                moved.version(),
                new OrganisationDraft(
                        moved.name(),
                        OrganisationType.VOCATIONAL_SCHOOL,
                        SchoolLevel.HIGHER,
                        null,
                        "500107",
                        null,
                        null,
                        null,
                        null));
        send(get("/api/v1/hires/" + hire), schoolAdmin, "")
                .andExpect(jsonPath("$.local").value(false))
                .andExpect(jsonPath("$.inProvince").value(false));
    }
}
