package org.ronghe.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
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
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.ronghe.talent.placements.Evaluation.Grade;
import org.ronghe.talent.placements.Evaluation.Side;
import org.ronghe.talent.placements.Evaluation.Stage;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.ronghe.talent.students.StudentSelfService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workbench shows each role what waits for it, with counts and links, and says so when nothing does. */
@IntegrationTest
class WorkbenchTests {

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
    StudentBook students;

    @Autowired
    InternshipBook internships;

    @Autowired
    HireBook hires;

    @Autowired
    StudentSelfService self;

    String tag;
    Long body;
    Long school;
    Long enterprise;
    Long applicant;

    @BeforeEach
    void aBodyWithASchoolAnEnterpriseAndAnApplicant() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("工作台联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        school = org("工作台学院" + tag, OrganisationType.VOCATIONAL_SCHOOL, SchoolLevel.HIGHER);
        enterprise = org("工作台企业" + tag, OrganisationType.ENTERPRISE, null);
        applicant = org("工作台申请单位" + tag, OrganisationType.ENTERPRISE, null);
        admissions.apply(body, applicant, "申请加入");
    }

    Long org(String name, OrganisationType type, SchoolLevel level) {
        return directory
                .register(new OrganisationDraft(name, type, level, null, "340800", null, null, null, null), true)
                .id();
    }

    RequestPostProcessor as(Grant... grants) {
        var account = identity.createAccount(
                "wb-" + Long.toString(System.nanoTime(), 36), "工作台用户", "Workbench-2026!", List.of(grants));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    @Test
    void theSecretariatSeesTheApplicationToDecideOnItsHome() throws Exception {
        mvc.perform(get("/workbench").with(as(Grant.secretariatOf(body))).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"workbench\""),
                                containsString("待审核的入会申请"),
                                containsString("工作台申请单位" + tag),
                                containsString("/bodies/" + body + "/memberships/" + applicant),
                                containsString("id=\"side-menu\""),
                                containsString("/bodies/" + body + "/manage/members"))));
        mvc.perform(get("/api/v1/workbench").with(as(Grant.secretariatOf(body))))
                .andExpect(jsonPath("$[?(@.titleKey == 'work.applications')].count")
                        .value(Matchers.contains(1)));
        mvc.perform(get("/workbench").with(as(Grant.adminOf(applicant))).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("本单位等待审核的入会申请")));
    }

    @Test
    void aPlatformAdminSeesTheLatestActivityOfTheWholePlatform() throws Exception {
        String page = mvc.perform(
                        get("/workbench").with(as(Grant.platformAdmin())).header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String activity = page.substring(page.indexOf("id=\"recent-activity\""));
        assertThat(activity).contains("申请加入", "工作台申请单位" + tag, "工作台联合体" + tag);
    }

    @Test
    void theEmployerSeesInternshipsToEvaluateAndHiresToConfirmWithoutStudentNames() throws Exception {
        var student = students.enrol(
                new StudentDraft(school, null, null, "工作台学生", null, "34080220030101001X", null, null, null, null));
        var internship = internships.record(new InternshipDraft(
                student.id(),
                enterprise,
                "电解工" + tag,
                null,
                null,
                LocalDate.now().minusDays(10),
                null));
        internships.evaluate(
                internships
                        .record(new InternshipDraft(
                                student.id(),
                                enterprise,
                                "已评价岗位" + tag,
                                null,
                                null,
                                LocalDate.now().minusDays(20),
                                null))
                        .id(),
                0,
                Side.ENTERPRISE,
                Stage.MIDTERM,
                Grade.GOOD,
                null);
        internships.record(new InternshipDraft(
                student.id(),
                enterprise,
                "未开始岗位" + tag,
                null,
                null,
                LocalDate.now().plusDays(10),
                null));
        var offer = hires.offer(new HireBook.Offer(
                student.id(), enterprise, "化验员" + tag, LocalDate.now().minusDays(5), null));
        hires.hired(offer.id(), offer.version(), LocalDate.now().minusDays(1));
        mvc.perform(get("/workbench").with(as(Grant.adminOf(enterprise))).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("待评价的岗位实习"),
                                containsString("电解工" + tag),
                                containsString("待确认的就业记录"),
                                containsString("化验员" + tag),
                                containsString("/talent/hires/" + offer.id()),
                                not(containsString("工作台学生")),
                                not(containsString("已评价岗位" + tag)),
                                not(containsString("未开始岗位" + tag)))));
        var employer = as(Grant.adminOf(enterprise));
        mvc.perform(get("/api/v1/workbench").with(employer))
                .andExpect(jsonPath("$[?(@.titleKey == 'work.internships-to-evaluate')].count")
                        .value(Matchers.contains(1)));
        internships.evaluate(internship.id(), internship.version(), Side.ENTERPRISE, Stage.MIDTERM, Grade.PASS, null);
        mvc.perform(get("/api/v1/workbench").with(employer))
                .andExpect(jsonPath("$[?(@.titleKey == 'work.internships-to-evaluate')]")
                        .isEmpty());
    }

    @Test
    void theSchoolSeesCorrectionRequestsAndTheStudentSeesTheirOwn() throws Exception {
        var student = students.enrol(
                new StudentDraft(school, null, null, "更正学生", null, "340802200302020017", null, null, null, null));
        String username = "wb-stu-" + tag;
        self.openAccount(student.id(), username, "Student-Pass-2026!");
        var studentUser = user(
                RongheUserFactory.forLogin(identity.findByUsername(username).orElseThrow(), Instant.now()));
        mvc.perform(get("/workbench").with(studentUser).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("暂无待办事项")));
        self.requestCorrection(student.id(), CorrectionRequest.Field.MAJOR, "专业应为冶金技术");
        mvc.perform(get("/workbench")
                        .with(as(Grant.personalDataOfficerOf(school)))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("学生的信息更正申请"),
                                containsString("更正学生"),
                                containsString("/talent/students/" + student.id() + "#corrections"))));
        mvc.perform(get("/workbench").with(studentUser).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("我提交的更正申请（处理中）"), containsString("专业"), not(containsString("登记单位")))));
    }

    @Test
    void anObserverWithNothingToDoIsToldSoAndAnonymousVisitorsSeeTheBodies() throws Exception {
        mvc.perform(get("/workbench").with(as(Grant.observerOf(body))).header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(containsString("Nothing waiting for you"), containsString("Talent funnel"))));
        mvc.perform(get("/").with(as(Grant.observerOf(body))))
                .andExpect(status().is3xxRedirection())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/workbench"));
        // searched: other tests' bodies may come first in pinyin order
        mvc.perform(get("/").param("q", "有色金属行业").header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(containsString("国家有色金属行业产教融合共同体"), not(containsString("id=\"workbench\"")))));
    }
}
