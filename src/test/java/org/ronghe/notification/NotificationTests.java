package org.ronghe.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.WithMailServer;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Notifying;
import org.ronghe.identity.RongheUserFactory;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What asks someone to act reaches them: in the bell with the unread count, and by e-mail in their language, each
 * notice or one digest a day, through a real SMTP server (GreenMail) on this machine.
 */
@IntegrationTest
class NotificationTests extends WithMailServer {

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
    HireBook hires;

    @Autowired
    NotificationMail mail;

    String tag;
    Long body;

    @BeforeEach
    void aBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("通知联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
    }

    Long org(String name, OrganisationType type, SchoolLevel level) {
        return directory
                .register(new OrganisationDraft(name, type, level, null, "340800", null, null, null, null), true)
                .id();
    }

    Account account(String email, String language, Notifying notifying, Grant grant) {
        Account account = identity.createAccount(
                "nt-" + Long.toString(System.nanoTime(), 36), "通知用户", "Notice-Pass-2026!", List.of(grant));
        return identity.changeContact(account.id(), email, language, notifying);
    }

    static RequestPostProcessor as(Account account) {
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    @Test
    void anApplicationReachesTheSecretariatInTheBellAndByMailInItsLanguage() throws Exception {
        String address = "secretariat-" + tag + "@example.cn";
        Account secretariat = account(address, "en", Notifying.EACH, Grant.secretariatOf(body));
        Account quiet = account(null, "zh-CN", Notifying.EACH, Grant.secretariatOf(body));
        Long applicant = org("通知申请企业" + tag, OrganisationType.ENTERPRISE, null);
        admissions.apply(body, applicant, "申请加入");

        mvc.perform(get("/workbench").with(as(secretariat)).header("Accept-Language", "zh-CN"))
                .andExpect(
                        content().string(allOf(containsString("id=\"bell-count\">1<"), containsString("消息通知：1 条未读"))));
        mvc.perform(get("/notifications").with(as(secretariat)).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("通知申请企业" + tag + " 申请加入 通知联合体" + tag + "，请审核。")));
        String id = mvc.perform(get("/api/v1/notifications?unread=true")
                        .with(as(secretariat))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].text")
                        .value("通知申请企业" + tag + " applied to join 通知联合体" + tag + "; please decide."))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        mail.sendDue();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        List<MimeMessage> received = mailTo(address);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("[Ronghe] 通知申请企业" + tag + " applied to join 通知联合体" + tag + "; please decide.");
        assertThat(text(received.get(0)))
                .contains(
                        "Dear 通知用户,",
                        "https://ronghe.example.cn/bodies/" + body + "/memberships/" + applicant,
                        "https://ronghe.example.cn/profile#contact");
        mail.sendDue();
        assertThat(mailTo(address)).as("sent once").hasSize(1);
        assertThat(mvc.perform(get("/api/v1/notifications/count").with(as(quiet)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("{\"unread\":1}");

        mvc.perform(post("/notifications/" + id + "/open").with(as(quiet)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(post("/notifications/" + id + "/open").with(as(secretariat)).with(csrf()))
                .andExpect(redirectedUrl("/bodies/" + body + "/memberships/" + applicant));
        mvc.perform(get("/api/v1/notifications/count").with(as(secretariat)))
                .andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/workbench").with(as(secretariat)))
                .andExpect(content().string(not(containsString("id=\"bell-count\""))));
        mvc.perform(post("/api/v1/notifications/" + id + "/read")
                        .with(as(quiet))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDailyDigestCollectsTheNoticesInOneMailInTraditionalChinese() throws Exception {
        String address = "digest-" + tag + "@example.tw";
        account(address, "zh-TW", Notifying.DAILY, Grant.secretariatOf(body));
        admissions.apply(body, org("彙總甲" + tag, OrganisationType.ENTERPRISE, null), null);
        admissions.apply(body, org("彙總乙" + tag, OrganisationType.ENTERPRISE, null), null);

        mail.sendDue();
        assertThat(mailTo(address)).as("nothing until the digest").isEmpty();
        mail.sendDigests();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        List<MimeMessage> received = mailTo(address);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("[融合] 今日彙總：2 條通知");
        assertThat(text(received.get(0))).contains("1. 彙總甲" + tag + " 申請加入", "2. 彙總乙" + tag + " 申請加入");
        mail.sendDigests();
        assertThat(mailTo(address)).as("each notice in one digest only").hasSize(1);
    }

    @Test
    void anEmployerIsAskedToConfirmAHireWithoutTheStudentBeingNamedAndDeclinedMailIsNotSent() throws Exception {
        Long school = org("通知学院" + tag, OrganisationType.VOCATIONAL_SCHOOL, SchoolLevel.HIGHER);
        Long enterprise = org("通知企业" + tag, OrganisationType.ENTERPRISE, null);
        String address = "employer-" + tag + "@example.cn";
        Account employer = account(address, "zh-CN", Notifying.NONE, Grant.adminOf(enterprise));
        var student = students.enrol(
                new StudentDraft(school, null, null, "通知学生" + tag, null, "34080220030101001X", null, null, null, null));
        var offer = hires.offer(new HireBook.Offer(
                student.id(), enterprise, "化验员", LocalDate.now().minusDays(5), null));
        LocalDate hiredOn = LocalDate.now().minusDays(1);
        hires.hired(offer.id(), offer.version(), hiredOn);

        mvc.perform(get("/notifications").with(as(employer)).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("通知学院" + tag + " 记录了一名学生自 " + hiredOn + " 起在贵单位就业，请确认。"),
                                not(containsString("通知学生")))));
        mail.sendDue();
        assertThat(mailTo(address)).isEmpty();
    }
}
