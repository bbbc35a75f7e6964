package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Students through the API: ID and mobile numbers sealed at rest and masked on every read path unless a personal-data
 * officer asks (audited with a count); an enterprise sees a student only while the student consents.
 */
@IntegrationTest
class StudentApiTests {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

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
    String officer;
    String enterpriseAdmin;
    String platformAdmin = "Bearer " + IntegrationTest.ADMIN_TOKEN;

    /** A valid 身份证号 of a person born in Anqing on the given day, with a sequence number. */
    static String idNumber(String yyyymmdd, int sequence) {
        String first17 = "340802" + yyyymmdd + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @BeforeEach
    void aSchoolItsOfficerAndAnEnterprise() {
        tag = Long.toString(System.nanoTime(), 36);
        school = directory
                .register(
                        new OrganisationDraft(
                                "学生测试职业学院" + tag,
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
                                "学生测试企业" + tag, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        schoolAdmin = token("st-a-" + tag, Grant.adminOf(school));
        officer = token("st-o-" + tag, Grant.personalDataOfficerOf(school));
        enterpriseAdmin = token("st-e-" + tag, Grant.adminOf(enterprise));
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Student-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long enrol(String name, String idNumber, String mobile) throws Exception {
        String created = send(
                        post("/api/v1/students"),
                        schoolAdmin,
                        "{\"schoolId\":" + school + ",\"name\":\"" + name
                                + "\",\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile
                                + "\",\"major\":\"冶金技术\","
                                + "\"className\":\"冶金2301\",\"expectedGraduation\":\"2026-06-30\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void theDatabaseHoldsNoNumberInClearAndEveryAnswerIsMasked() throws Exception {
        String id = idNumber("20050317", 123);
        long student = enrol("王小明", id, "138 1234 5678");
        Map<String, Object> row = jdbc.queryForMap("select * from students where id = ?", student);
        assertThat(row.toString())
                .doesNotContain(id)
                .doesNotContain(id.substring(6, 14))
                .doesNotContain("13812345678")
                .doesNotContain("12345678");
        assertThat(row.get("id_number_masked")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(row.get("gender")).isEqualTo("MALE");

        send(get("/api/v1/students/" + student), schoolAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(id.substring(0, 6) + "********" + id.substring(14)))
                .andExpect(jsonPath("$.mobile").value("138****5678"))
                .andExpect(jsonPath("$.revealed").value(false));
        send(get("/api/v1/students").param("schoolId", school.toString()), schoolAdmin, "")
                .andExpect(jsonPath("$.items[0].idNumber").value(id.substring(0, 6) + "********" + id.substring(14)))
                .andExpect(jsonPath("$.items[0].mobile").value("138****5678"));
        byte[] xlsx = send(get("/api/v1/students/export").param("schoolId", school.toString()), schoolAdmin, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cells = new StringBuilder();
            workbook.getSheetAt(0)
                    .forEach(r -> r.forEach(c ->
                            cells.append(new DataFormatter().formatCellValue(c)).append('|')));
            assertThat(cells.toString())
                    .contains("王小明", "138****5678")
                    .doesNotContain(id)
                    .doesNotContain("13812345678");
        }
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'talent.students.exported' "
                                + "and subject = ?",
                        String.class,
                        "school:" + school + "/students"))
                .isEqualTo("records=1; masked");
    }

    @Test
    void onlyTheSchoolsPersonalDataOfficerSeesTheNumbersAndEveryLookIsAudited() throws Exception {
        String id = idNumber("20041102", 246);
        long student = enrol("李华", id, "13900001111");
        enrol("赵敏", idNumber("20040808", 12), "13900002222");
        send(get("/api/v1/students/" + student).param("full", "true"), schoolAdmin, "")
                .andExpect(status().isForbidden());
        send(get("/api/v1/students/" + student).param("full", "true"), platformAdmin, "")
                .andExpect(status().isForbidden());
        send(get("/api/v1/students/" + student).param("full", "true"), officer, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(id))
                .andExpect(jsonPath("$.mobile").value("13900001111"))
                .andExpect(jsonPath("$.revealed").value(true));
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'personal-data.revealed' " + "and subject = ?",
                        String.class,
                        "student:" + student))
                .isEqualTo("records=1; page");

        send(get("/api/v1/students").param("schoolId", school.toString()).param("full", "true"), schoolAdmin, "")
                .andExpect(status().isForbidden());
        send(get("/api/v1/students").param("schoolId", school.toString()).param("full", "true"), officer, "")
                .andExpect(jsonPath("$.items[*].mobile")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("13900001111", "13900002222")));
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'personal-data.revealed' " + "and subject = ?",
                        String.class,
                        "school:" + school + "/students"))
                .isEqualTo("records=2; list");
    }

    @Test
    void anEnterpriseSeesAStudentOnlyWhileTheStudentConsents() throws Exception {
        long student = enrol("陈静", idNumber("20050101", 88), "13700003333");
        send(get("/api/v1/students/" + student), enterpriseAdmin, "").andExpect(status().isForbidden());
        send(get("/api/v1/students").param("consentedTo", enterprise.toString()), enterpriseAdmin, "")
                .andExpect(jsonPath("$.total").value(0));
        send(get("/api/v1/students").param("schoolId", school.toString()), enterpriseAdmin, "")
                .andExpect(status().isForbidden());

        send(post("/api/v1/students/" + student + "/consents"), schoolAdmin, "{\"organisationId\":" + enterprise + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents[0].organisationName").value("学生测试企业" + tag));
        send(get("/api/v1/students/" + student), enterpriseAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("陈静"))
                .andExpect(jsonPath("$.mobile").value("137****3333"))
                .andExpect(jsonPath("$.consents").isEmpty());
        send(get("/api/v1/students/" + student).param("full", "true"), enterpriseAdmin, "")
                .andExpect(status().isForbidden());
        send(get("/api/v1/students").param("consentedTo", enterprise.toString()), enterpriseAdmin, "")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].mobile").value("137****3333"));

        send(delete("/api/v1/students/" + student + "/consents/" + enterprise), schoolAdmin, "")
                .andExpect(status().isOk());
        send(get("/api/v1/students/" + student), enterpriseAdmin, "").andExpect(status().isForbidden());
        send(get("/api/v1/students").param("consentedTo", enterprise.toString()), enterpriseAdmin, "")
                .andExpect(jsonPath("$.total").value(0));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "student:" + student))
                .containsExactly("talent.student.enrolled", "talent.consent.given", "talent.consent.withdrawn");
    }

    /**
     * The attack seen from outside: from a masked 340802********0629 or 139****4321, trying the hidden digits through
     * the exact-match search found the whole number in some 350 (ID) or 8,800 (mobile) searches, for anyone who could
     * list the students. Outside a school's own list a search by number is refused; inside it, each is audited and a
     * user gets thirty an hour.
     */
    @Test
    void numbersCannotBeGuessedThroughTheSearch() throws Exception {
        String id = idNumber("20050317", 77);
        long student = enrol("李明", id, "13912344321");
        send(post("/api/v1/students/" + student + "/consents"), schoolAdmin, "{\"organisationId\":" + enterprise + "}")
                .andExpect(status().isOk());
        send(get("/api/v1/students").param("consentedTo", enterprise.toString()).param("q", id), enterpriseAdmin, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.q").value(org.hamcrest.Matchers.startsWith("按身份证号或手机号查找只能在本校")));
        send(
                        get("/api/v1/students")
                                .param("consentedTo", enterprise.toString())
                                .param("q", "13912344321"),
                        enterpriseAdmin,
                        "")
                .andExpect(status().isBadRequest());
        send(get("/api/v1/students").param("consentedTo", enterprise.toString()).param("q", "李"), enterpriseAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));

        String guesser = token("st-g-" + tag, Grant.adminOf(school));
        int allowed = 0;
        for (int day = 1; day <= 40; day++) {
            String guess = idNumber(
                    java.time.LocalDate.of(2005, 3, 1)
                            .plusDays(day - 1)
                            .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                    77);
            int answer = send(
                            get("/api/v1/students")
                                    .param("schoolId", school.toString())
                                    .param("q", guess),
                            guesser,
                            "")
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (answer == 200) {
                allowed++;
            } else {
                assertThat(answer).isEqualTo(429);
            }
        }
        assertThat(allowed).isEqualTo(30);
        send(get("/api/v1/students").param("schoolId", school.toString()).param("q", id), guesser, "")
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("分钟后再试")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .exists("Retry-After"));
        assertThat(jdbc.queryForList(
                        "select detail from audit_records where action = 'talent.students.number-searched' "
                                + "and actor = ? order by id",
                        String.class,
                        "st-g-" + tag))
                .hasSize(30)
                .contains("matches=1")
                .contains("matches=0")
                .allMatch(detail -> !detail.contains(id));
        send(get("/api/v1/students").param("schoolId", school.toString()).param("q", id), schoolAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void badNumbersAreExplainedAndAnIdNumberIsEnrolledOncePerSchool() throws Exception {
        String good = idNumber("20050505", 321);
        char wrong = good.charAt(17) == '1' ? '2' : '1';
        send(
                        post("/api/v1/students"),
                        schoolAdmin,
                        "{\"schoolId\":" + school + ",\"name\":\"\",\"idNumber\":\"" + good.substring(0, 17) + wrong
                                + "\",\"mobile\":\"12345\",\"gender\":\"FEMALE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.idNumber").value("身份证号校验位错误：最后一位应为“" + good.charAt(17) + "”。"))
                .andExpect(jsonPath("$.errors.mobile").exists());
        send(
                        post("/api/v1/students"),
                        schoolAdmin,
                        "{\"schoolId\":" + school + ",\"name\":\"周杰\",\"idNumber\":\"" + good
                                + "\",\"gender\":\"FEMALE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.gender").value("性别与身份证号不符。"));
        enrol("周杰", good, "13600004444");
        send(
                        post("/api/v1/students"),
                        schoolAdmin,
                        "{\"schoolId\":" + school + ",\"name\":\"周杰\",\"idNumber\":\"" + good.toLowerCase() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").value("该学校已登记过这个身份证号的学生。"));
        send(
                        post("/api/v1/students"),
                        enterpriseAdmin,
                        "{\"schoolId\":" + school + ",\"name\":\"冒名\",\"idNumber\":\"" + idNumber("20050505", 322)
                                + "\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aWholeNumberFindsItsStudentExactlyAndRevisionsKeepWhatIsLeftBlank() throws Exception {
        String id = idNumber("20030909", 555);
        long student = enrol("孙丽", id, "13512340000");
        enrol("孙丽丽", idNumber("20030910", 556), "13512340001");
        send(get("/api/v1/students").param("schoolId", school.toString()).param("q", id), schoolAdmin, "")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(student));
        send(get("/api/v1/students").param("schoolId", school.toString()).param("q", "135 1234 0000"), schoolAdmin, "")
                .andExpect(jsonPath("$.total").value(1));
        send(
                        get("/api/v1/students")
                                .param("schoolId", school.toString())
                                .param("q", id.substring(0, 10)),
                        schoolAdmin,
                        "")
                .andExpect(jsonPath("$.total").value(0));
        send(get("/api/v1/students").param("schoolId", school.toString()).param("q", "孙丽"), schoolAdmin, "")
                .andExpect(jsonPath("$.total").value(2));

        send(
                        put("/api/v1/students/" + student),
                        schoolAdmin,
                        "{\"version\":0,\"details\":{\"schoolId\":" + school
                                + ",\"name\":\"孙丽\",\"className\":\"冶金2302\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.className").value("冶金2302"))
                .andExpect(jsonPath("$.mobile").value("135****0000"));
        send(get("/api/v1/students/" + student).param("full", "true"), officer, "")
                .andExpect(jsonPath("$.idNumber").value(id))
                .andExpect(jsonPath("$.mobile").value("13512340000"));
        send(
                        put("/api/v1/students/" + student),
                        schoolAdmin,
                        "{\"version\":0,\"details\":{\"schoolId\":" + school + ",\"name\":\"孙丽\"}}")
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'talent.student.revised' " + "and subject = ?",
                        String.class,
                        "student:" + student))
                .isEqualTo("changed: major, className, expectedGraduation");
    }
}
