package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Numbers typed in words on a studio's forms (participants, hours, claimed benefit) come back as a problem in the
 * user's language, never as an error page and never as a record saved without them.
 */
@IntegrationTest
class StudioNumberPageTests {

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

    RequestPostProcessor hostAdmin;
    String studio;
    Long id;

    @BeforeEach
    void aStudio() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = community
                .found(new BodyDraft("数字工作室共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        Long host = directory
                .register(
                        new OrganisationDraft(
                                "数字工作室大学" + tag, OrganisationType.UNIVERSITY, null, null, null, null, null, null, null),
                        true)
                .id();
        admissions.admit(body, host, LocalDate.of(2025, 1, 1), null);
        var account = identity.createAccount(
                "sn-h-" + tag, "sn-h-" + tag, "Studio-Number-2026!", List.of(Grant.adminOf(host)));
        hostAdmin = user(RongheUserFactory.forLogin(account, Instant.now()));
        studio = mvc.perform(post("/studios")
                        .with(hostAdmin)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("name", "数字工作室" + tag)
                        .param("kind", "SKILL_MASTER")
                        .param("hostId", host.toString())
                        .param("leaderName", "赵一鸣"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        id = Long.valueOf(studio.substring("/studios/".length()));
    }

    MockHttpServletRequestBuilder training(String language, String participants, String hours) {
        return post(studio + "/trainings")
                .with(hostAdmin)
                .with(csrf())
                .header("Accept-Language", language)
                .param("heldOn", "2026-03-05")
                .param("topic", "数控编程")
                .param("participants", participants)
                .param("hours", hours);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where studio_id = ?", Long.class, id);
    }

    @Test
    void participantsOrHoursInWordsAreRefusedWithWhy() throws Exception {
        mvc.perform(training("zh-CN", "二十", "8"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "请填写整数，例如 40。"));
        mvc.perform(training("zh-TW", "25", "八")).andExpect(flash().attribute("problem", "請填寫數字，例如 7.5。"));
        mvc.perform(training("en", "twenty", "8"))
                .andExpect(flash().attribute("problem", "Enter a whole number, for example 40."));
        assertThat(count("research_studio_trainings")).isZero();
    }

    @Test
    void aClaimedBenefitInWordsIsRefusedNotDropped() throws Exception {
        mvc.perform(post(studio + "/innovations")
                        .with(hostAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("title", "五轴加工夹具改进")
                        .param("madeOn", "2026-02-20")
                        .param("claimedBenefit", "五万六"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "请填写数字金额，例如 1200000.50。"));
        assertThat(count("research_innovations")).isZero();
    }
}
