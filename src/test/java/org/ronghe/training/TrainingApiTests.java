package org.ronghe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
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
 * Worker training through the API: a school offers a course (listed in the capability catalogue), schedules a session,
 * an enterprise sends its workers with their consent (personal data sealed, masked in every answer and never echoed in
 * a problem), the school records attendance and the result, the enterprise confirms — and only then does it count.
 */
@IntegrationTest
class TrainingApiTests {

    static final String ID_NUMBER = "11010519491231002X";
    static final String OTHER_ID_NUMBER = "110105194912310038";

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<org.ronghe.core.figures.FigureSource> sources;

    String tag;
    Long body;
    Long school;
    Long enterprise;
    Long otherEnterprise;
    String secretariat;
    String observer;
    String schoolAdmin;
    String enterpriseAdmin;
    String otherEnterpriseAdmin;
    String outsiderAdmin;

    @BeforeEach
    void aBodyWithASchoolAndTwoMemberEnterprises() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("培训测试联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        school = organisation("培训测试职业技术大学" + tag, OrganisationType.UNIVERSITY);
        enterprise = organisation("培训测试铜业" + tag, OrganisationType.ENTERPRISE);
        otherEnterprise = organisation("培训测试铝业" + tag, OrganisationType.ENTERPRISE);
        for (Long member : List.of(school, enterprise, otherEnterprise)) {
            admissions.admit(body, member, null, "测试");
        }
        secretariat = token("tr-s-" + tag, Grant.secretariatOf(body));
        observer = token("tr-v-" + tag, Grant.observerOf(body));
        schoolAdmin = token("tr-u-" + tag, Grant.adminOf(school));
        enterpriseAdmin = token("tr-e-" + tag, Grant.adminOf(enterprise));
        otherEnterpriseAdmin = token("tr-a-" + tag, Grant.adminOf(otherEnterprise));
        outsiderAdmin = token("tr-o-" + tag, Grant.adminOf(organisation("培训局外企业" + tag, OrganisationType.ENTERPRISE)));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Training-2026!", List.of(grant));
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

    ResultActions read(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token).header("Accept-Language", "zh-CN"));
    }

    static Long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    String course(String kind, int capacity) {
        return "{\"bodyId\":" + body + ",\"providerId\":" + school + ",\"kind\":\"" + kind + "\","
                + "\"title\":\"铝电解工技能提升\",\"skills\":\"槽况判断、阳极更换、安全操作\",\"hours\":40,"
                + "\"mode\":\"BLENDED\",\"capacity\":" + capacity + ",\"price\":1200.50}";
    }

    Long session(String kind, int capacity, Long forEnterprise) throws Exception {
        Long course = id(json("/api/v1/trainings/courses", schoolAdmin, course(kind, capacity))
                .andExpect(status().isCreated()));
        return id(json(
                        "/api/v1/trainings/courses/" + course + "/sessions",
                        schoolAdmin,
                        "{\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-09-05\",\"place\":\"实训中心\",\"enterpriseId\":"
                                + forEnterprise + "}")
                .andExpect(status().isCreated()));
    }

    String worker(Long session, Long from, String name, String idNumber, boolean consent) {
        return "{\"sessionId\":" + session + ",\"enterpriseId\":" + from + ",\"workerName\":\"" + name + "\","
                + "\"idNumber\":\"" + idNumber + "\",\"mobile\":\"13812345678\",\"consent\":" + consent
                + ",\"purpose\":\"培训报名、考勤与证书核发\"}";
    }

    String step(Long organisation, long version, String more) {
        return "{\"organisationId\":" + organisation + ",\"version\":" + version + (more == null ? "" : "," + more)
                + "}";
    }

    @Test
    void aCourseIsListedInTheCatalogueAndReadByTheBodysMembersOnly() throws Exception {
        json(
                        "/api/v1/trainings/courses",
                        schoolAdmin,
                        "{\"bodyId\":" + body + ",\"providerId\":" + school
                                + ",\"hours\":0,\"capacity\":20000,\"price\":-1,\"title\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.hours").value("学时须在 1 至 5000 之间。"))
                .andExpect(jsonPath("$.errors.capacity").exists())
                .andExpect(jsonPath("$.errors.price").exists())
                .andExpect(jsonPath("$.errors.kind").exists())
                .andExpect(jsonPath("$.errors.skills").exists());
        json("/api/v1/trainings/courses", outsiderAdmin, course("SKILL_UPGRADE", 30))
                .andExpect(status().isForbidden());
        Long course = id(json("/api/v1/trainings/courses", schoolAdmin, course("SKILL_UPGRADE", 30))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.price").value(1200.5)));
        Map<String, Object> listed = jdbc.queryForMap(
                "select c.kind, c.title, c.organisation_id from capabilities c join training_courses t"
                        + " on t.capability_id = c.id where t.id = ?",
                course);
        assertThat(listed).containsEntry("kind", "TRAINING").containsEntry("title", "铝电解工技能提升");
        assertThat(((Number) listed.get("organisation_id")).longValue()).isEqualTo(school);

        read("/api/v1/trainings/courses?bodyId=" + body, enterpriseAdmin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("铝电解工技能提升"));
        read("/api/v1/trainings/courses?bodyId=" + body, observer).andExpect(status().isOk());
        read("/api/v1/trainings/courses?bodyId=" + body, outsiderAdmin).andExpect(status().isForbidden());
        read("/api/v1/trainings/courses/" + course, outsiderAdmin).andExpect(status().isForbidden());

        json("/api/v1/trainings/courses/" + course + "/withdraw", enterpriseAdmin, "{\"version\":0}")
                .andExpect(status().isForbidden());
        json("/api/v1/trainings/courses/" + course + "/withdraw", secretariat, "{\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true));
        assertThat(jdbc.queryForObject(
                        "select c.withdrawn from capabilities c join training_courses t on t.capability_id = c.id"
                                + " where t.id = ?",
                        Boolean.class,
                        course))
                .isTrue();
        json(
                        "/api/v1/trainings/courses/" + course + "/sessions",
                        schoolAdmin,
                        "{\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-09-05\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void aTrainingCountsOnlyOnceTheSchoolPassedTheWorkerAndTheEnterpriseConfirmed() throws Exception {
        Long session = session("SKILL_UPGRADE", 2, null);
        String refused = json(
                        "/api/v1/trainings/enrolments",
                        enterpriseAdmin,
                        worker(session, enterprise, "王建国", "110105194912310020", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.consent").exists())
                .andExpect(jsonPath("$.errors.idNumber").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).doesNotContain("110105194912310020").doesNotContain("13812345678");
        json("/api/v1/trainings/enrolments", outsiderAdmin, worker(session, enterprise, "王建国", ID_NUMBER, true))
                .andExpect(status().isForbidden());

        Long enrolment = id(json(
                        "/api/v1/trainings/enrolments",
                        enterpriseAdmin,
                        worker(session, enterprise, "王建国", ID_NUMBER, true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.workerName").value("王**"))
                .andExpect(jsonPath("$.idNumber").value("110105********002X"))
                .andExpect(jsonPath("$.mobile").value("138****5678"))
                .andExpect(jsonPath("$.result").value("PENDING")));
        Map<String, Object> row = jdbc.queryForMap("select * from training_enrolments where id = ?", enrolment);
        assertThat(row.values().stream().map(String::valueOf))
                .noneMatch(v -> v.contains(ID_NUMBER) || v.contains("王建国") || v.contains("13812345678"));
        json("/api/v1/trainings/enrolments", enterpriseAdmin, worker(session, enterprise, "王建国", ID_NUMBER, true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").value("该职工已报名本班次。"));
        json(
                        "/api/v1/trainings/enrolments",
                        otherEnterpriseAdmin,
                        worker(session, otherEnterprise, "李秀英", OTHER_ID_NUMBER, true))
                .andExpect(status().isCreated());
        json("/api/v1/trainings/enrolments", secretariat, worker(session, enterprise, "张伟", "110105195001010012", true))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("本班次名额（2 人）已满。"));

        String base = "/api/v1/trainings/enrolments/" + enrolment;
        json(base + "/result", enterpriseAdmin, step(enterprise, 0, "\"passed\":true"))
                .andExpect(status().isConflict());
        json(base + "/attendance", schoolAdmin, step(school, 0, "\"hours\":41")).andExpect(status().isConflict());
        json(base + "/attendance", schoolAdmin, step(school, 0, "\"hours\":38"))
                .andExpect(jsonPath("$.hoursAttended").value(38));
        json(base + "/result", schoolAdmin, step(school, 1, "\"passed\":true"))
                .andExpect(jsonPath("$.result").value("PASSED"))
                .andExpect(jsonPath("$.completedOn").doesNotExist());
        json(base + "/confirm", schoolAdmin, step(school, 2, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("开课单位不能确认自己登记的结果，须由派出企业确认。"));
        json(base + "/confirm", outsiderAdmin, step(enterprise, 2, null)).andExpect(status().isForbidden());
        json(base + "/confirm", enterpriseAdmin, step(enterprise, 1, null)).andExpect(status().isConflict());
        json(base + "/confirm", enterpriseAdmin, step(enterprise, 2, null))
                .andExpect(jsonPath("$.confirmation").value("CONFIRMED"))
                .andExpect(jsonPath("$.completedOn").exists());
        String month = jdbc.queryForObject(
                "select to_char(completed_on, 'YYYY-MM') from training_enrolments where id = ?",
                String.class,
                enrolment);
        read("/api/v1/trainings/figures?bodyId=" + body, observer)
                .andExpect(jsonPath("$.persons").value(1))
                .andExpect(jsonPath("$.hours").value(38))
                .andExpect(jsonPath("$.byMonth[0].key").value(month))
                .andExpect(jsonPath("$.byEnterprise[0].organisationId").value(enterprise))
                .andExpect(jsonPath("$.byProvider[0].organisationId").value(school));
        read("/api/v1/trainings/figures?bodyId=" + body, enterpriseAdmin).andExpect(status().isForbidden());
        read("/api/v1/trainings/figures?organisationId=" + enterprise, enterpriseAdmin)
                .andExpect(jsonPath("$.persons").value(1));
        read("/api/v1/trainings/figures?organisationId=" + enterprise, otherEnterpriseAdmin)
                .andExpect(status().isForbidden());
        read("/api/v1/trainings/completions?bodyId=" + body + "&month=" + month, observer)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(enrolment))
                .andExpect(jsonPath("$.items[0].workerName").value("王**"));
        read("/api/v1/trainings/completions?bodyId=" + body + "&month=2020-01", observer)
                .andExpect(jsonPath("$.total").value(0));
        read("/api/v1/trainings/completions?bodyId=" + body + "&month=九月", observer)
                .andExpect(status().isBadRequest());
        json(
                        "/api/v1/certificates",
                        schoolAdmin,
                        "{\"number\":\"Q" + tag + "\",\"kind\":\"SKILL_LEVEL\",\"level\":\"LEVEL_4\","
                                + "\"occupation\":\"铝电解工\",\"issuerOrganisationId\":" + school
                                + ",\"issuedOn\":\"2026-09-06\",\"holderKind\":\"WORKER\",\"holderOrganisationId\":"
                                + enterprise + ",\"holderName\":\"王建国\",\"holderIdNumber\":\"" + OTHER_ID_NUMBER
                                + "\",\"enrolmentId\":" + enrolment + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.enrolmentId").exists());
        json(
                        "/api/v1/certificates",
                        schoolAdmin,
                        "{\"number\":\"Q" + tag + "\",\"kind\":\"SKILL_LEVEL\",\"level\":\"LEVEL_4\","
                                + "\"occupation\":\"铝电解工\",\"issuerOrganisationId\":" + school
                                + ",\"issuedOn\":\"2026-09-06\",\"holderKind\":\"WORKER\",\"holderOrganisationId\":"
                                + enterprise + ",\"holderName\":\"王建国\",\"holderIdNumber\":\"" + ID_NUMBER
                                + "\",\"enrolmentId\":" + enrolment + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bodyId").value(body));
        read("/api/v1/trainings/figures?bodyId=" + body, observer)
                .andExpect(jsonPath("$.certificates").value(1))
                .andExpect(jsonPath("$.certificatesByLevel[0].level").value("LEVEL_4"))
                .andExpect(jsonPath("$.certificatesByMonth[0].month").value("2026-09"));
        Map<String, org.ronghe.core.figures.Figure> evaluated = sources.stream()
                .flatMap(source -> source
                        .figures(org.ronghe.core.figures.BodyPeriod.year(body, Integer.parseInt(month.substring(0, 4))))
                        .stream())
                .collect(java.util.stream.Collectors.toMap(org.ronghe.core.figures.Figure::key, f -> f));
        assertThat(evaluated.get("training.persons").value()).isEqualByComparingTo("1");
        assertThat(evaluated.get("training.hours").value()).isEqualByComparingTo("38");
        assertThat(evaluated.get("training.apprentices").value()).isEqualByComparingTo("0");
        assertThat(evaluated.get("training.persons").recordsHref()).isEqualTo("/trainings/completions?bodyId=" + body);
        read(
                        "/api/v1/trainings/certificates?bodyId=" + body
                                + "&kind=SKILL_LEVEL&level=LEVEL_4&month=2026-09",
                        observer)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].holderName").value("王**"));
        assertThat(jdbc.queryForList(
                        "select action || ' ' || coalesce(detail, '') from audit_records where subject = ? order by id",
                        String.class,
                        "enrolment:" + enrolment))
                .hasSize(4)
                .allMatch(a -> a.startsWith("training.enrolment."))
                .noneMatch(a -> a.contains("王建国") || a.contains(ID_NUMBER));
    }

    /**
     * An issuer linking a certificate to an enrolment learns whether the number typed is that worker's: after
     * {@value IdMatchGuard#MISSES_PER_DAY} misses it is refused (429) before anything is compared, the worker's true
     * number included.
     */
    @Test
    void linkingCertificatesCannotGuessAWorkersNumber() throws Exception {
        Long session = session("SKILL_UPGRADE", 30, null);
        Long enrolment = id(json(
                        "/api/v1/trainings/enrolments",
                        enterpriseAdmin,
                        worker(session, enterprise, "王建国", ID_NUMBER, true))
                .andExpect(status().isCreated()));
        for (int n = 0; n < IdMatchGuard.MISSES_PER_DAY; n++) {
            json("/api/v1/certificates", schoolAdmin, linked(n, TrainingImportTests.idNumber(1 + n % 27, n), enrolment))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.enrolmentId").exists());
        }
        json("/api/v1/certificates", schoolAdmin, linked(99, ID_NUMBER, enrolment))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已达上限")));
        assertThat(jdbc.queryForObject("select count(*) from certificates where issuer_id = ?", Long.class, school))
                .isZero();
        // a colleague has an allowance of their own
        json("/api/v1/certificates", token("tr-u2-" + tag, Grant.adminOf(school)), linked(99, ID_NUMBER, enrolment))
                .andExpect(status().isCreated());
    }

    String linked(int n, String idNumber, Long enrolment) {
        return "{\"number\":\"G" + tag + n + "\",\"kind\":\"SKILL_LEVEL\",\"level\":\"LEVEL_4\","
                + "\"occupation\":\"铝电解工\",\"issuerOrganisationId\":" + school
                + ",\"issuedOn\":\"2026-09-06\",\"holderKind\":\"WORKER\",\"holderOrganisationId\":" + enterprise
                + ",\"holderName\":\"王建国\",\"holderIdNumber\":\"" + idNumber + "\",\"enrolmentId\":" + enrolment
                + "}";
    }

    @Test
    void aDisputedAttendanceNeverCountsAndEachEnterpriseSeesOnlyItsWorkers() throws Exception {
        Long session = session("SKILL_UPGRADE", 10, null);
        Long mine = id(json(
                "/api/v1/trainings/enrolments", enterpriseAdmin, worker(session, enterprise, "王建国", ID_NUMBER, true)));
        id(json(
                "/api/v1/trainings/enrolments",
                otherEnterpriseAdmin,
                worker(session, otherEnterprise, "李秀英", OTHER_ID_NUMBER, true)));
        json("/api/v1/trainings/enrolments/" + mine + "/result", schoolAdmin, step(school, 0, "\"passed\":true"));
        json(
                        "/api/v1/trainings/enrolments/" + mine + "/dispute",
                        enterpriseAdmin,
                        step(enterprise, 1, "\"reason\":\" \""))
                .andExpect(status().isConflict());
        json(
                        "/api/v1/trainings/enrolments/" + mine + "/dispute",
                        enterpriseAdmin,
                        step(enterprise, 1, "\"reason\":\"该职工当周在岗，未参加培训\""))
                .andExpect(jsonPath("$.confirmation").value("DISPUTED"))
                .andExpect(jsonPath("$.completedOn").doesNotExist());
        json("/api/v1/trainings/enrolments/" + mine + "/confirm", enterpriseAdmin, step(enterprise, 2, null))
                .andExpect(status().isConflict());

        read("/api/v1/trainings/figures?bodyId=" + body, observer)
                .andExpect(jsonPath("$.persons").value(0))
                .andExpect(jsonPath("$.byMonth.length()").value(0));
        read("/api/v1/trainings/sessions/" + session + "/enrolments", enterpriseAdmin)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].workerName").value("王**"));
        read("/api/v1/trainings/sessions/" + session + "/enrolments", schoolAdmin)
                .andExpect(jsonPath("$.length()").value(2));
        String mineOnly = sheet("/api/v1/trainings/sessions/" + session + "/enrolments/export", enterpriseAdmin);
        assertThat(mineOnly).contains("王**", "110105********002X", "企业有异议").doesNotContain("李**", ID_NUMBER, "王建国");
        assertThat(sheet("/api/v1/trainings/sessions/" + session + "/enrolments/export", schoolAdmin))
                .contains("王**", "李**");
        assertThat(jdbc.queryForList(
                        "select detail from audit_records where action = 'training.exported' and subject = ?",
                        String.class,
                        "session:" + session + "/enrolments"))
                .containsExactly("1 rows", "2 rows");
        read("/api/v1/trainings/sessions/" + session + "/enrolments/export", outsiderAdmin)
                .andExpect(status().isForbidden());
        read("/api/v1/trainings/sessions/" + session + "/enrolments", observer)
                .andExpect(jsonPath("$.length()").value(2));
        read("/api/v1/trainings/enrolments/" + mine, otherEnterpriseAdmin).andExpect(status().isForbidden());
        read("/api/v1/trainings/sessions/" + session + "/enrolments", outsiderAdmin)
                .andExpect(status().isForbidden());
    }

    @Test
    void anApprenticeCohortTakesOnlyItsEnterprisesApprenticesAndShowsTheirCertificates() throws Exception {
        Long course = id(json("/api/v1/trainings/courses", schoolAdmin, course("NEW_APPRENTICESHIP", 30)));
        json(
                        "/api/v1/trainings/courses/" + course + "/sessions",
                        schoolAdmin,
                        "{\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-08-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.enterpriseId").exists())
                .andExpect(jsonPath("$.errors.endsOn").exists());
        Long cohort = session("NEW_APPRENTICESHIP", 30, enterprise);
        json(
                        "/api/v1/trainings/enrolments",
                        otherEnterpriseAdmin,
                        worker(cohort, otherEnterprise, "李秀英", OTHER_ID_NUMBER, true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.enterpriseId").exists());
        Long apprentice = id(json(
                "/api/v1/trainings/enrolments", enterpriseAdmin, worker(cohort, enterprise, "王建国", ID_NUMBER, true)));
        json(
                        "/api/v1/certificates",
                        schoolAdmin,
                        "{\"number\":\"Y" + tag + "\",\"kind\":\"SKILL_LEVEL\",\"level\":\"LEVEL_4\","
                                + "\"occupation\":\"铝电解工\",\"issuerOrganisationId\":" + school
                                + ",\"issuedOn\":\"2026-09-06\",\"holderKind\":\"WORKER\",\"holderOrganisationId\":"
                                + enterprise + ",\"holderName\":\"王建国\",\"holderIdNumber\":\"" + ID_NUMBER + "\"}")
                .andExpect(status().isCreated());
        read("/api/v1/trainings/enrolments/" + apprentice, enterpriseAdmin)
                .andExpect(jsonPath("$.certificates[0].number").value("Y" + tag.toUpperCase()))
                .andExpect(jsonPath("$.certificates[0].level").value("LEVEL_4"));
    }

    /** The cells of an exported sheet, as text. */
    String sheet(String path, String token) throws Exception {
        byte[] bytes = read(path, token)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            workbook.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> text.append(cell.toString()).append('|')));
        }
        return text.toString();
    }
}
