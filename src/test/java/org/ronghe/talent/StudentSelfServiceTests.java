package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A student's own rights (PIPL): a log-in opened by the school; see and download; correction; withdrawal of consent.
 */
@IntegrationTest
class StudentSelfServiceTests {

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
    Long student;
    Long classmate;
    String idNumber;
    String schoolAdmin;
    String employer;

    @BeforeEach
    void aStudentWhoConsentsToAnEnterprise() throws Exception {
        tag = Long.toString(System.nanoTime(), 36);
        school = directory
                .register(
                        new OrganisationDraft(
                                "自助测试学院" + tag,
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
        enterprise = directory
                .register(
                        new OrganisationDraft(
                                "自助测试企业" + tag, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        schoolAdmin = token("ss-a-" + tag, Grant.adminOf(school));
        employer = token("ss-e-" + tag, Grant.adminOf(enterprise));
        idNumber = StudentApiTests.idNumber("20060101", 101);
        student = id(send(
                post("/api/v1/students"),
                schoolAdmin,
                "{\"schoolId\":" + school + ",\"name\":\"小龙女\",\"idNumber\":\"" + idNumber
                        + "\",\"mobile\":\"13600001111\"}"));
        classmate = id(send(
                post("/api/v1/students"),
                schoolAdmin,
                "{\"schoolId\":" + school + ",\"name\":\"杨过\",\"idNumber\":\""
                        + StudentApiTests.idNumber("20060102", 102) + "\"}"));
        send(post("/api/v1/students/" + student + "/consents"), schoolAdmin, "{\"organisationId\":" + enterprise + "}");
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Self-Service-2026!", List.of(grant));
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

    String studentToken(String username) {
        Long account =
                jdbc.queryForObject("select account_id from student_accounts where username = ?", Long.class, username);
        return "Bearer " + identity.issueToken(account, "t", Duration.ofDays(1)).secret();
    }

    @Test
    void theStudentSeesAndDownloadsTheirDataAsksForACorrectionAndWithdrawsConsent() throws Exception {
        send(
                        post("/api/v1/students/" + student + "/account"),
                        schoolAdmin,
                        "{\"username\":\"xl-" + tag + "\",\"password\":\"123\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").exists());
        send(
                        post("/api/v1/students/" + student + "/account"),
                        employer,
                        "{\"username\":\"xl-" + tag + "\",\"password\":\"Xiao-Long-2026!\"}")
                .andExpect(status().isForbidden());
        send(
                        post("/api/v1/students/" + student + "/account"),
                        schoolAdmin,
                        "{\"username\":\"xl-" + tag + "\",\"password\":\"Xiao-Long-2026!\"}")
                .andExpect(status().isNoContent());
        send(
                        post("/api/v1/students/" + classmate + "/account"),
                        schoolAdmin,
                        "{\"username\":\"xl-" + tag + "\",\"password\":\"Yang-Guo-2026!\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username").exists());
        String me = studentToken("xl-" + tag);

        send(get("/api/v1/me/student"), me, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.student.idNumber").value(idNumber))
                .andExpect(jsonPath("$.student.mobile").value("13600001111"))
                .andExpect(jsonPath("$.student.consents[0].organisationId").value(enterprise));
        String download = mvc.perform(get("/api/v1/me/student/export").header("Authorization", me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(download).contains(idNumber, "小龙女");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'personal-data.revealed' "
                                + "and subject = ? and detail = 'records=1; self-download'",
                        Long.class,
                        "student:" + student))
                .isEqualTo(1);
        send(get("/api/v1/students/" + classmate), me, "").andExpect(status().isForbidden());
        send(get("/api/v1/students").param("schoolId", school.toString()), me, "")
                .andExpect(status().isForbidden());

        long request =
                id(send(post("/api/v1/me/student/corrections"), me, "{\"field\":\"MOBILE\",\"message\":\"手机号已换\"}")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("OPEN")));
        send(post("/api/v1/students/" + student + "/corrections/" + request), schoolAdmin, "{\"status\":\"DECLINED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.response").value("不予更正时请说明理由。"));
        send(
                        post("/api/v1/students/" + student + "/corrections/" + request),
                        schoolAdmin,
                        "{\"status\":\"ACCEPTED\",\"response\":\"已改\"}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        send(get("/api/v1/me/student"), me, "")
                .andExpect(jsonPath("$.corrections[0].response").value("已改"));

        String quoted = "身份证号应为 " + idNumber + "，手机 136 0000 1111";
        send(post("/api/v1/me/student/corrections"), me, "{\"field\":\"ID_NUMBER\",\"message\":\"" + quoted + "\"}")
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                                "select message from correction_requests where student_id = ?", String.class, student)
                        .toString())
                .doesNotContain(idNumber)
                .doesNotContain("1111");
        send(get("/api/v1/students/" + student + "/corrections"), schoolAdmin, "")
                .andExpect(jsonPath("$[0].message")
                        .value("身份证号应为 " + idNumber.substring(0, 6) + "********" + idNumber.substring(14)
                                + "，手机 136****1111"));
        send(get("/api/v1/students/" + student + "/corrections").param("full", "true"), schoolAdmin, "")
                .andExpect(status().isForbidden());
        send(get("/api/v1/me/student"), me, "")
                .andExpect(jsonPath("$.corrections[0].message").value(quoted));

        send(get("/api/v1/students/" + student), employer, "").andExpect(status().isOk());
        send(delete("/api/v1/me/student/consents/" + enterprise), me, "").andExpect(status().isOk());
        send(get("/api/v1/students/" + student), employer, "").andExpect(status().isForbidden());
    }

    @Test
    void aPlatformAdminCannotMakeAStudentLogInOutsideTheSchool() throws Exception {
        send(
                        post("/api/v1/accounts"),
                        "Bearer " + IntegrationTest.ADMIN_TOKEN,
                        "{\"username\":\"fake-student-" + tag
                                + "\",\"displayName\":\"x\",\"password\":\"Fake-Student-2026!\",\"role\":\"STUDENT\",\"organisationId\":"
                                + school + "}")
                .andExpect(status().isBadRequest());
        send(get("/api/v1/me/student"), schoolAdmin, "").andExpect(status().isForbidden());
    }
}
