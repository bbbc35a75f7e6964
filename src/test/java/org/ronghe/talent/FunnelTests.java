package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.core.figures.BodyPeriod;
import org.ronghe.core.figures.Contribution;
import org.ronghe.core.figures.Figure;
import org.ronghe.core.figures.FigureSource;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.ronghe.talent.placements.Evaluation.Grade;
import org.ronghe.talent.placements.Evaluation.Side;
import org.ronghe.talent.placements.Evaluation.Stage;
import org.ronghe.talent.placements.Hire;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.Internship;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeKind;
import org.ronghe.talent.programmes.ProgrammePartner;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The funnel counts what both sides confirmed, per programme, cohort, body and enterprise; its read model equals what
 * the records say after every scenario; the lists behind the figures are masked and open to the figures' readers.
 */
@IntegrationTest
class FunnelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    StudentBook students;

    @Autowired
    ProgrammeBook programmes;

    @Autowired
    InternshipBook internships;

    @Autowired
    HireBook hires;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<FigureSource> sources;

    @Autowired
    Clock clock;

    Long body;
    Long school;
    Long enterprise;
    Long programme;
    Long cohort2025;
    Long cohort2026;
    String secretariat;
    String employer;
    String stranger;

    @BeforeEach
    void aProgrammeWithTwoCohortsInABody() {
        String tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("漏斗测试联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        school = directory
                .register(
                        new OrganisationDraft(
                                "漏斗测试学院" + tag,
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
                                "漏斗测试企业" + tag,
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
        Programme p = programmes.launch(new ProgrammeDraft(
                "漏斗订单班" + tag,
                ProgrammeKind.ORDER_CLASS,
                body,
                null,
                "冶金技术",
                2025,
                40,
                List.of(
                        new ProgrammePartner(school, PartnerRole.SCHOOL),
                        new ProgrammePartner(enterprise, PartnerRole.ENTERPRISE)),
                List.of()));
        programme = p.id();
        cohort2025 = p.cohorts().get(0).id();
        cohort2026 = programmes.openCohort(programme, p.version(), 2026, 45).id();
        secretariat = token("fn-sec-" + tag, Grant.secretariatOf(body));
        employer = token("fn-e-" + tag, Grant.adminOf(enterprise));
        stranger = token(
                "fn-x-" + tag,
                Grant.secretariatOf(
                        jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class)));
    }

    @AfterEach
    void theReadModelSaysWhatTheRecordsSay() {
        List<Map<String, Object>> derived = jdbc.queryForList("select p.student_id, p.interned, p.offered, p.hired, "
                + "p.hired_local, p.hired_in_province, p.programme_id, p.cohort_id from student_progress p order by 1");
        List<Map<String, Object>> fresh = jdbc.queryForList("select s.id student_id, "
                + "exists (select 1 from internships i join internship_evaluations e on e.internship_id = i.id "
                + "where i.student_id = s.id and e.side = 'ENTERPRISE') interned, "
                + "exists (select 1 from hires h where h.student_id = s.id) offered, "
                + "exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED') hired, "
                + "exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.local) hired_local, "
                + "exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.in_province) "
                + "hired_in_province, s.programme_id, s.cohort_id from students s order by 1");
        assertThat(derived).isEqualTo(fresh);
        assertThat(jdbc.queryForList("select programme_id, cohort_id, enrolled, interned, offered, hired, hired_local, "
                        + "hired_in_province from funnel_figures where enrolled > 0 or interned > 0 order by 1, 2"))
                .isEqualTo(
                        jdbc.queryForList("select programme_id, coalesce(cohort_id, 0) cohort_id, count(*) enrolled, "
                                + "count(*) filter (where interned) interned, count(*) filter (where offered) offered, "
                                + "count(*) filter (where hired) hired, count(*) filter (where hired_local) hired_local, "
                                + "count(*) filter (where hired_in_province) hired_in_province from student_progress "
                                + "where programme_id is not null group by 1, 2 order by 1, 2"));
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Funnel-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    Student enrol(int n, Long cohort) {
        return students.enrol(new StudentDraft(
                school,
                programme,
                cohort,
                "漏斗学生" + n,
                null,
                StudentApiTests.idNumber("20050" + (1 + n % 9) + "1" + (n % 10), 500 + n),
                null,
                null,
                null,
                null));
    }

    void internAndEvaluate(Student s) {
        Internship i = internships.record(
                new InternshipDraft(s.id(), enterprise, "电解工", null, null, LocalDate.of(2025, 7, 1), null));
        internships.evaluate(i.id(), i.version(), Side.ENTERPRISE, Stage.MIDTERM, Grade.GOOD, null);
    }

    Hire hiredAndConfirmed(Student s, boolean confirm) {
        Hire h = hires.offer(new HireBook.Offer(s.id(), enterprise, "电解工", LocalDate.of(2026, 5, 10), null));
        h = hires.hired(h.id(), h.version(), LocalDate.of(2026, 7, 1));
        return confirm ? hires.confirm(h.id(), h.version()) : hires.dispute(h.id(), h.version(), "未到岗");
    }

    @Test
    void theEnterpriseIsCreditedWithTheInternsItEvaluatedAndTheHiresTheSchoolConfirmed() {
        Student a = enrol(21, cohort2025);
        Student b = enrol(22, cohort2025);
        Student c = enrol(23, cohort2025);
        internAndEvaluate(a);
        internAndEvaluate(b);
        internships.record(new InternshipDraft(c.id(), enterprise, "化验员", null, null, LocalDate.of(2025, 7, 1), null));
        hiredAndConfirmed(a, true);
        hiredAndConfirmed(c, false);
        FigureSource talent = sources.stream()
                .filter(f -> f.contributionKeys().contains("talent.hires-confirmed"))
                .findFirst()
                .orElseThrow();
        int year = LocalDate.now(clock).getYear();
        assertThat(talent.contributions(BodyPeriod.year(body, year)))
                .containsExactlyInAnyOrder(
                        new Contribution(enterprise, "talent.interns-evaluated", BigDecimal.valueOf(2)),
                        new Contribution(enterprise, "talent.hires-confirmed", BigDecimal.ONE));
        assertThat(talent.contributions(BodyPeriod.year(body, year - 1))).isEmpty();
    }

    @Test
    void theBodysFiguresCountEachInternOnceInTheYearTheEnterpriseFirstEvaluatedIt() {
        Student a = enrol(24, cohort2025);
        Student b = enrol(25, cohort2025);
        enrol(26, cohort2025);
        internAndEvaluate(a);
        Internship again = internships.record(
                new InternshipDraft(a.id(), enterprise, "化验员", null, null, LocalDate.of(2025, 9, 1), null));
        again = internships.evaluate(again.id(), again.version(), Side.ENTERPRISE, Stage.MIDTERM, Grade.GOOD, null);
        internships.evaluate(again.id(), again.version(), Side.ENTERPRISE, Stage.FINAL, Grade.EXCELLENT, null);
        Internship schoolOnly = internships.record(
                new InternshipDraft(b.id(), enterprise, "电解工", null, null, LocalDate.of(2025, 7, 1), null));
        internships.evaluate(schoolOnly.id(), schoolOnly.version(), Side.SCHOOL, Stage.MIDTERM, Grade.GOOD, null);
        hiredAndConfirmed(a, true);
        hiredAndConfirmed(b, false);
        FigureSource talent = sources.stream()
                .filter(f -> f.contributionKeys().contains("talent.hires-confirmed"))
                .findFirst()
                .orElseThrow();
        int year = LocalDate.now(clock).getYear();
        Map<String, BigDecimal> figures = talent.figures(BodyPeriod.year(body, year)).stream()
                .collect(Collectors.toMap(Figure::key, Figure::value));
        assertThat(figures.get("talent.programmes")).isEqualByComparingTo("1");
        assertThat(figures.get("talent.students")).isEqualByComparingTo("3");
        assertThat(figures.get("talent.interns-evaluated")).isEqualByComparingTo("1");
        assertThat(figures.get("talent.hires-confirmed")).isEqualByComparingTo("1");
        Map<String, BigDecimal> before = talent.figures(BodyPeriod.year(body, year - 1)).stream()
                .collect(Collectors.toMap(Figure::key, Figure::value));
        assertThat(before.get("talent.students")).isZero();
        assertThat(before.get("talent.interns-evaluated")).isZero();
        assertThat(before.get("talent.hires-confirmed")).isZero();
    }

    @Test
    void confirmedStepsOnlyCountAndEveryLevelAddsUp() throws Exception {
        Student a = enrol(1, cohort2025);
        Student b = enrol(2, cohort2025);
        Student c = enrol(3, cohort2026);
        enrol(4, null);
        internAndEvaluate(a);
        internships.record(new InternshipDraft(b.id(), enterprise, "化验员", null, null, LocalDate.of(2025, 7, 1), null));
        internAndEvaluate(c);
        hiredAndConfirmed(a, true);
        hiredAndConfirmed(c, false);
        hires.offer(new HireBook.Offer(b.id(), enterprise, "化验员", LocalDate.of(2026, 5, 10), null));

        mvc.perform(get("/api/v1/funnel/programmes/" + programme).header("Authorization", employer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.enrolled").value(4))
                .andExpect(jsonPath("$.total.interned").value(2))
                .andExpect(jsonPath("$.total.offered").value(3))
                .andExpect(jsonPath("$.total.hired").value(1))
                .andExpect(jsonPath("$.total.hiredLocal").value(1))
                .andExpect(jsonPath("$.total.internRate").value(50.0))
                .andExpect(jsonPath("$.cohorts[*].intakeYear").value(Matchers.contains(null, 2025, 2026)));
        mvc.perform(get("/api/v1/funnel/bodies/" + body).header("Authorization", secretariat))
                .andExpect(jsonPath("$.total.enrolled").value(4))
                .andExpect(jsonPath("$.total.hired").value(1))
                .andExpect(jsonPath("$.programmes[0].programmeId").value(programme));
        mvc.perform(get("/api/v1/funnel/bodies/" + body).header("Authorization", stranger))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/funnel/enterprises/" + enterprise).header("Authorization", employer))
                .andExpect(jsonPath("$.enrolled").value(4))
                .andExpect(jsonPath("$.interned").value(2))
                .andExpect(jsonPath("$.offered").value(3))
                .andExpect(jsonPath("$.hired").value(1));

        mvc.perform(get("/api/v1/students")
                        .param("bodyId", body.toString())
                        .param("step", "HIRED")
                        .header("Authorization", secretariat))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("漏****"))
                .andExpect(jsonPath("$.items[0].minimised").value(true))
                .andExpect(jsonPath("$.items[0].className").isEmpty())
                .andExpect(jsonPath("$.items[0].idNumber").value(Matchers.containsString("********")));
        mvc.perform(get("/api/v1/students")
                        .param("programmeId", programme.toString())
                        .param("step", "INTERNED")
                        .header("Authorization", secretariat))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/students")
                        .param("programmeId", programme.toString())
                        .param("full", "true")
                        .header("Authorization", secretariat))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/students")
                        .param("programmeId", programme.toString())
                        .header("Authorization", employer))
                .andExpect(status().isForbidden());
    }

    @Test
    void movingAStudentToAnotherCohortMovesItsCounts() throws Exception {
        Student a = enrol(5, cohort2025);
        internAndEvaluate(a);
        students.revise(
                a.id(),
                students.get(a.id()).version(),
                new StudentDraft(school, programme, cohort2026, "漏斗学生5", null, null, null, null, null, null));
        mvc.perform(get("/api/v1/funnel/programmes/" + programme).header("Authorization", secretariat))
                .andExpect(jsonPath("$.cohorts[?(@.intakeYear == 2025)].funnel.enrolled")
                        .value(Matchers.contains(0)))
                .andExpect(jsonPath("$.cohorts[?(@.intakeYear == 2026)].funnel.interned")
                        .value(Matchers.contains(1)));
    }

    @Test
    void theFunnelPageLinksEveryFigureToItsList() throws Exception {
        Student a = enrol(6, cohort2025);
        internAndEvaluate(a);
        var account = identity.createAccount(
                "fn-page-" + System.nanoTime(), "秘书处", "Funnel-2026!", List.of(Grant.secretariatOf(body)));
        mvc.perform(get("/talent/funnel")
                        .param("bodyId", body.toString())
                        .header("Accept-Language", "zh-CN")
                        .with(user(RongheUserFactory.forLogin(account, Instant.now()))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("实习（企业已评价）"),
                                Matchers.containsString(
                                        "/talent/students?bodyId=" + body + "&amp;programmeId=&amp;step=INTERNED"),
                                Matchers.containsString("funnel-chart"),
                                Matchers.containsString("100.0%"),
                                Matchers.containsString("id=\"trend-table\""))));
    }

    @Test
    void anEnterpriseSeesItsOwnFunnelPage() throws Exception {
        internAndEvaluate(enrol(7, cohort2025));
        var account = identity.createAccount(
                "fn-ent-" + System.nanoTime(), "企业管理员", "Funnel-2026!", List.of(Grant.adminOf(enterprise)));
        var asEmployer = user(RongheUserFactory.forLogin(account, Instant.now()));
        for (var request :
                List.of(get("/talent/funnel").param("enterpriseId", enterprise.toString()), get("/talent/funnel"))) {
            mvc.perform(request.header("Accept-Language", "zh-CN").with(asEmployer))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(Matchers.allOf(
                                    Matchers.containsString("漏斗测试企业"),
                                    Matchers.containsString("id=\"step-INTERNED\""),
                                    Matchers.containsString("/talent/employer?enterpriseId=" + enterprise))));
        }
    }

    @Test
    void aWorkPlaceCountsOnceTheSchoolSaysWhereItIs() throws Exception {
        relocateSchool(null);
        Student a = enrol(8, cohort2025);
        Hire h = hires.offer(new HireBook.Offer(a.id(), enterprise, "电解工", LocalDate.of(2026, 5, 10), "500107"));
        h = hires.hired(h.id(), h.version(), LocalDate.of(2026, 7, 1));
        hires.confirm(h.id(), h.version());
        mvc.perform(get("/api/v1/funnel/programmes/" + programme).header("Authorization", secretariat))
                .andExpect(jsonPath("$.total.hired").value(1))
                .andExpect(jsonPath("$.total.hiredLocal").value(0));

        relocateSchool("500106");
        assertThat(hires.get(h.id()).local()).isTrue();
        mvc.perform(get("/api/v1/funnel/programmes/" + programme).header("Authorization", secretariat))
                .andExpect(jsonPath("$.total.hiredLocal").value(1))
                .andExpect(jsonPath("$.total.hiredInProvince").value(1));
        var account = identity.createAccount(
                "fn-place-" + System.nanoTime(), "企业管理员", "Funnel-2026!", List.of(Grant.adminOf(enterprise)));
        mvc.perform(get("/talent/hires/" + h.id())
                        .header("Accept-Language", "zh-CN")
                        .with(user(RongheUserFactory.forLogin(account, Instant.now()))))
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("重庆市"), Matchers.containsString("本地（与学校同一城市）"))));

        relocateSchool("340800");
        assertThat(hires.get(h.id()).local()).isFalse();
        mvc.perform(get("/api/v1/funnel/programmes/" + programme).header("Authorization", secretariat))
                .andExpect(jsonPath("$.total.hiredLocal").value(0))
                .andExpect(jsonPath("$.total.hiredInProvince").value(0));
    }

    void relocateSchool(String region) {
        var s = directory.get(school);
        var d = org.ronghe.directory.OrganisationDraft.of(s);
        directory.revise(
                school,
                s.version(),
                new OrganisationDraft(
                        d.name(),
                        d.type(),
                        d.schoolLevel(),
                        d.creditCode(),
                        region,
                        d.industry(),
                        d.website(),
                        d.description(),
                        d.contact()));
    }
}
