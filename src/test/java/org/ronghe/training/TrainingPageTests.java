package org.ronghe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.ronghe.web.FormPages.under;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Training pages, for each role that reaches them: a school offers a course (every problem shown, nothing typed
 * dropped) and schedules a session; an enterprise enrols a worker (masked once saved); the school records attendance
 * and passes the worker, the enterprise confirms; an observer and another member read without acting, each enterprise
 * sees only its own workers, an outsider is refused.
 */
@IntegrationTest
class TrainingPageTests {

    static final String ID_NUMBER = "11010519491231002X";

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
    IdMatchGuard guard;

    String tag;
    Long body;
    Long school;
    Long enterprise;
    RequestPostProcessor secretariat;
    RequestPostProcessor observer;
    RequestPostProcessor schoolAdmin;
    RequestPostProcessor enterpriseAdmin;
    RequestPostProcessor otherMember;
    RequestPostProcessor outsider;

    @BeforeEach
    void aBodyWithASchoolAndTwoEnterprises() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("页面培训联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        school = organisation("页面培训职业大学" + tag, OrganisationType.UNIVERSITY);
        enterprise = organisation("页面培训铜业" + tag, OrganisationType.ENTERPRISE);
        Long other = organisation("页面培训铝业" + tag, OrganisationType.ENTERPRISE);
        for (Long member : List.of(school, enterprise, other)) {
            admissions.admit(body, member, LocalDate.of(2025, 1, 1), null);
        }
        secretariat = login("tp-s-" + tag, Grant.secretariatOf(body));
        observer = login("tp-v-" + tag, Grant.observerOf(body));
        schoolAdmin = login("tp-u-" + tag, Grant.adminOf(school));
        enterpriseAdmin = login("tp-e-" + tag, Grant.adminOf(enterprise));
        otherMember = login("tp-a-" + tag, Grant.adminOf(other));
        outsider = login("tp-o-" + tag, Grant.adminOf(organisation("页面培训局外" + tag, OrganisationType.ENTERPRISE)));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    RequestPostProcessor login(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Training-Page-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    Long offered() throws Exception {
        String location = mvc.perform(post("/trainings")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("providerId", school.toString())
                        .param("kind", "SKILL_UPGRADE")
                        .param("title", "铝电解工技能提升" + tag)
                        .param("skills", "槽况判断、阳极更换")
                        .param("hours", "40")
                        .param("mode", "ONSITE")
                        .param("capacity", "30"))
                .andExpect(redirectedUrlPattern("/trainings/courses/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    Long scheduled(Long course) throws Exception {
        String location = mvc.perform(post("/trainings/courses/" + course + "/sessions")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("startsOn", "2026-09-01")
                        .param("endsOn", "2026-09-05")
                        .param("place", "实训中心"))
                .andExpect(redirectedUrlPattern("/trainings/sessions/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theCourseFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        assertThat(page("/trainings/new?bodyId=" + body, schoolAdmin, "zh-CN"))
                .contains("页面培训职业大学" + tag)
                .doesNotContain("页面培训铜业" + tag);
        assertThat(page("/trainings/new?bodyId=" + body, secretariat, "zh-CN"))
                .contains("页面培训职业大学" + tag, "页面培训铜业" + tag);
        mvc.perform(post("/trainings")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("providerId", school.toString())
                        .param("kind", "SKILL_UPGRADE")
                        .param("skills", "槽况判断")
                        .param("hours", "四十")
                        .param("mode", "ONSITE")
                        .param("capacity", "30"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("请填写整数，例如 40。"),
                                containsString("value=\"四十\""),
                                containsString("槽况判断"))));
        mvc.perform(post("/trainings")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("providerId", school.toString())
                        .param("kind", "SKILL_UPGRADE")
                        .param("hours", "0")
                        .param("mode", "ONSITE")
                        .param("capacity", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("此项为必填。"), containsString("学时须在 1 至 5000 之间。"))));
        assertThat(jdbc.queryForObject("select count(*) from training_courses where body_id = ?", Long.class, body))
                .isZero();
        Long course = offered();
        assertThat(page("/trainings?bodyId=" + body, otherMember, "zh-CN")).contains("铝电解工技能提升" + tag);
        assertThat(page("/trainings/courses/" + course, observer, "zh-CN"))
                .contains("铝电解工技能提升" + tag)
                .doesNotContain("id=\"session-form\"", "id=\"withdraw\"");
        assertThat(page("/trainings/courses/" + course, schoolAdmin, "zh-CN"))
                .contains("id=\"session-form\"", "id=\"withdraw\"", "catalogue-link");
        mvc.perform(get("/trainings?bodyId=" + body).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/trainings/courses/" + course).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(post("/trainings/courses/" + course + "/sessions")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("startsOn", "2026-09-05")
                        .param("endsOn", "九月底"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("请填写日期，格式为 2026-03-15。"), containsString("value=\"九月底\""))));
    }

    @Test
    void anApprenticeCohortFormAsksForTheEnterpriseAndNeverOffersAllMembers() throws Exception {
        assertThat(page("/trainings/courses/" + offered(), schoolAdmin, "zh-CN"))
                .contains("面向全体成员企业");
        String location = mvc.perform(post("/trainings")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("providerId", school.toString())
                        .param("kind", "NEW_APPRENTICESHIP")
                        .param("title", "电解铝新型学徒制" + tag)
                        .param("skills", "槽况判断")
                        .param("hours", "400")
                        .param("mode", "ONSITE")
                        .param("capacity", "30"))
                .andExpect(redirectedUrlPattern("/trainings/courses/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(location, schoolAdmin, "zh-CN"))
                .contains("id=\"session-form\"", "required=\"required\"")
                .doesNotContain("面向全体成员企业");
    }

    @Test
    void aWorkerIsEnrolledPassedAndConfirmedEachSideOnItsOwnPage() throws Exception {
        Long session = scheduled(offered());
        String enrolPath = "/trainings/sessions/" + session + "/enrolments";
        mvc.perform(post(enrolPath)
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("enterpriseId", enterprise.toString())
                        .param("workerName", "王建国")
                        .param("idNumber", ID_NUMBER)
                        .param("purpose", "培训报名、考勤与证书核发"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("须经职工本人同意"), containsString("value=\"王建国\""))));
        mvc.perform(post(enrolPath)
                        .with(outsider)
                        .with(csrf())
                        .param("enterpriseId", enterprise.toString())
                        .param("workerName", "王建国")
                        .param("idNumber", ID_NUMBER)
                        .param("consent", "true")
                        .param("purpose", "培训"))
                .andExpect(status().isForbidden());
        mvc.perform(post(enrolPath)
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("enterpriseId", enterprise.toString())
                        .param("workerName", "王建国")
                        .param("idNumber", ID_NUMBER)
                        .param("mobile", "13812345678")
                        .param("consent", "true")
                        .param("purpose", "培训报名、考勤与证书核发"))
                .andExpect(redirectedUrlPattern("/trainings/sessions/*"));
        Long enrolment =
                jdbc.queryForObject("select id from training_enrolments where session_id = ?", Long.class, session);

        assertThat(page("/trainings/sessions/" + session, enterpriseAdmin, "zh-CN"))
                .contains("王**", "110105********002X", "138****5678", "id=\"confirm-" + enrolment + "\"")
                .doesNotContain("王建国", ID_NUMBER, "13812345678", "id=\"pass-" + enrolment + "\"");
        assertThat(page("/trainings/sessions/" + session, otherMember, "zh-CN")).doesNotContain("王**", "id=\"confirm-");
        assertThat(page("/trainings/sessions/" + session, observer, "zh-TW"))
                .contains("報名職工", "王**")
                .doesNotContain("id=\"confirm-", "id=\"pass-", "id=\"enrol-form\"");
        assertThat(page("/trainings/sessions/" + session, schoolAdmin, "en"))
                .contains("Workers enrolled", "id=\"pass-" + enrolment + "\"")
                .doesNotContain("id=\"confirm-" + enrolment + "\"");
        mvc.perform(get("/trainings/sessions/" + session).with(outsider)).andExpect(status().isForbidden());

        String base = "/trainings/enrolments/" + enrolment;
        mvc.perform(post(base + "/attendance")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0")
                        .param("organisationId", school.toString())
                        .param("hours", "三十八"))
                .andExpect(flash().attribute("problem", "出勤学时请填写整数，例如 38。"));
        mvc.perform(post(base + "/attendance")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("organisationId", school.toString())
                        .param("hours", "38"))
                .andExpect(flash().attribute("done", "training.done.attendance"));
        mvc.perform(post(base + "/pass")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "1")
                        .param("organisationId", school.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/pass")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("version", "1")
                        .param("organisationId", school.toString()))
                .andExpect(flash().attribute("done", "training.done.pass"));
        mvc.perform(post(base + "/confirm")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "2")
                        .param("organisationId", enterprise.toString()))
                .andExpect(flash().attribute("done", "training.done.confirm"));
        assertThat(page("/trainings/sessions/" + session, secretariat, "zh-CN"))
                .contains("合格", "企业已确认", "完成")
                .doesNotContain("id=\"confirm-" + enrolment + "\"", "id=\"pass-" + enrolment + "\"");
    }

    @Test
    void anEnterpriseOrConsentThatCannotBeReadComesBackWithWhyAndNoOneIsEnrolled() throws Exception {
        Long session = scheduled(offered());
        mvc.perform(post("/trainings/sessions/" + session + "/enrolments")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("enterpriseId", "页面培训铜业")
                        .param("workerName", "李师傅")
                        .param("idNumber", ID_NUMBER)
                        .param("consent", "同意")
                        .param("purpose", "培训报名、考勤与证书核发"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("enterpriseId", "请从列表中选择。"),
                                containsString("<div class=\"invalid-feedback\">确认框只能勾选或不勾选。</div>"),
                                containsString("value=\"李师傅\""))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from training_enrolments where session_id = ?", Long.class, session))
                .isZero();
    }

    Long completed(Long session) throws Exception {
        mvc.perform(post("/trainings/sessions/" + session + "/enrolments")
                .with(enterpriseAdmin)
                .with(csrf())
                .param("enterpriseId", enterprise.toString())
                .param("workerName", "王建国")
                .param("idNumber", ID_NUMBER)
                .param("consent", "true")
                .param("purpose", "培训报名、考勤与证书核发"));
        Long enrolment =
                jdbc.queryForObject("select id from training_enrolments where session_id = ?", Long.class, session);
        String base = "/trainings/enrolments/" + enrolment;
        mvc.perform(post(base + "/pass")
                .with(schoolAdmin)
                .with(csrf())
                .param("version", "0")
                .param("organisationId", school.toString()));
        mvc.perform(post(base + "/confirm")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "1")
                        .param("organisationId", enterprise.toString()))
                .andExpect(flash().attribute("done", "training.done.confirm"));
        return enrolment;
    }

    @Test
    void anIssuerWhoseMissesAreUsedUpIsToldSoAndNothingIsCompared() throws Exception {
        Long enrolment = completed(scheduled(offered()));
        for (int i = 0; i < IdMatchGuard.MISSES_PER_DAY; i++) {
            guard.missed("tp-u-" + tag);
        }
        mvc.perform(post("/certificates")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("issuerOrganisationId", school.toString())
                        .param("enrolmentId", enrolment.toString())
                        .param("holderOrganisationId", enterprise.toString())
                        .param("number", "M" + tag.toUpperCase())
                        .param("kind", "SKILL_LEVEL")
                        .param("level", "LEVEL_4")
                        .param("occupation", "铝电解工")
                        .param("issuedOn", "2026-09-06")
                        .param("holderKind", "WORKER")
                        .param("holderName", "王建国")
                        .param("holderIdNumber", "11010519491231002X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("今天填写的与报名不符的身份证号已达上限")));
        assertThat(jdbc.queryForObject("select count(*) from certificates where issuer_id = ?", Long.class, school))
                .isZero();
    }

    @Test
    void theIssuerRecordsTheCertificateAndTheDashboardOpensTheRecordsBehindEachFigure() throws Exception {
        Long session = scheduled(offered());
        Long enrolment = completed(session);
        assertThat(page("/trainings/sessions/" + session, schoolAdmin, "zh-CN")).contains("id=\"certify-" + enrolment);
        String form = "/certificates/new?issuerId=" + school + "&enrolmentId=" + enrolment;
        assertThat(page(form, schoolAdmin, "zh-CN"))
                .contains("王**", "110105********002X")
                .doesNotContain("王建国");
        mvc.perform(get(form).with(outsider)).andExpect(status().isForbidden());
        String number = "P" + tag.toUpperCase() + "01";
        mvc.perform(post("/certificates")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("issuerOrganisationId", school.toString())
                        .param("enrolmentId", enrolment.toString())
                        .param("holderOrganisationId", enterprise.toString())
                        .param("number", number)
                        .param("kind", "SKILL_LEVEL")
                        .param("level", "LEVEL_4")
                        .param("occupation", "铝电解工")
                        .param("issuedOn", "2026-09-06")
                        .param("holderKind", "WORKER")
                        .param("holderName", "王建国")
                        .param("holderIdNumber", "110105194912310038"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所选培训报名不存在，或不是该持证人的报名。")));
        mvc.perform(post("/certificates")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("issuerOrganisationId", school.toString())
                        .param("enrolmentId", enrolment.toString())
                        .param("holderOrganisationId", enterprise.toString())
                        .param("number", number)
                        .param("kind", "SKILL_LEVEL")
                        .param("level", "LEVEL_4")
                        .param("occupation", "铝电解工")
                        .param("issuedOn", "2026-09-06")
                        .param("holderKind", "WORKER")
                        .param("holderName", "王建国")
                        .param("holderIdNumber", ID_NUMBER))
                .andExpect(redirectedUrlPattern("/certificates?issuerId=*"));
        assertThat(page("/certificates?issuerId=" + school, schoolAdmin, "zh-CN"))
                .contains(number, "王**");

        String dashboard = page("/trainings/dashboard?bodyId=" + body, secretariat, "zh-CN");
        assertThat(dashboard)
                .contains("培训人次", "id=\"total-persons\"", "页面培训铜业" + tag, "四级 / 中级工")
                .contains("/trainings/completions?bodyId=" + body + "&amp;enterpriseId=" + enterprise)
                .contains("/trainings/certified?bodyId=" + body + "&amp;kind=SKILL_LEVEL&amp;level=LEVEL_4");
        assertThat(page("/trainings/completions?bodyId=" + body + "&enterpriseId=" + enterprise, observer, "en"))
                .contains("Completed training", "王**", "1 in all")
                .doesNotContain("王建国");
        assertThat(page("/trainings/certified?bodyId=" + body + "&kind=SKILL_LEVEL&level=LEVEL_4", observer, "zh-TW"))
                .contains(number, "共 1 條");
        mvc.perform(get("/trainings/dashboard?bodyId=" + body).with(enterpriseAdmin))
                .andExpect(status().isForbidden());
        assertThat(page("/trainings/dashboard?organisationId=" + enterprise, enterpriseAdmin, "zh-CN"))
                .contains("作为派出企业", "/trainings/completions?enterpriseId=" + enterprise);
        mvc.perform(get("/trainings/dashboard?organisationId=" + enterprise).with(otherMember))
                .andExpect(status().isForbidden());
        mvc.perform(get("/trainings/completions?bodyId=" + body).with(outsider)).andExpect(status().isForbidden());
        for (String export : List.of("/trainings/completions.xlsx?bodyId=", "/trainings/certified.xlsx?bodyId=")) {
            mvc.perform(get(export + body).with(observer)).andExpect(status().isOk());
            mvc.perform(get(export + body).with(outsider)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'training.exported' and subject like ?",
                        Long.class,
                        "%bodyId=" + body + ",%"))
                .isEqualTo(2);
    }
}
