package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Studio pages for each role that reaches them: the host opens a studio (names never echoed, not even with problems),
 * records an innovation and training; the secretariat confirms or disputes the benefit; an observer reads in three
 * languages with every name masked; an outsider neither reads nor lists.
 */
@IntegrationTest
class StudioPageTests {

    static final String LEADER = "赵一鸣";
    static final String MEMBER = "钱多多";

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

    String tag;
    Long body;
    Long host;
    RequestPostProcessor secretariat;
    RequestPostProcessor hostAdmin;
    RequestPostProcessor observer;
    RequestPostProcessor outsider;

    @BeforeEach
    void aBodyWithAHostSchool() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("页面工作室共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        host = organisation("页面工作室大学" + tag, OrganisationType.UNIVERSITY);
        admissions.admit(body, host, LocalDate.of(2025, 1, 1), null);
        secretariat = login("sp-s-" + tag, Grant.secretariatOf(body));
        hostAdmin = login("sp-h-" + tag, Grant.adminOf(host));
        observer = login("sp-v-" + tag, Grant.observerOf(body));
        outsider = login("sp-o-" + tag, Grant.adminOf(organisation("页面局外" + tag, OrganisationType.ENTERPRISE)));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    RequestPostProcessor login(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Studio-Page-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String open() throws Exception {
        return mvc.perform(post("/studios")
                        .with(hostAdmin)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("name", "数控技能大师工作室" + tag)
                        .param("kind", "SKILL_MASTER")
                        .param("hostId", host.toString())
                        .param("leaderName", LEADER)
                        .param("members[0].name", MEMBER)
                        .param("members[0].role", "教练"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void theFormShowsEveryProblemButNeverTheNamesTyped() throws Exception {
        assertThat(page("/studios/new?bodyId=" + body, hostAdmin, "zh-CN"))
                .contains("页面工作室大学" + tag, "id=\"studio-form\"")
                .doesNotContain("页面局外" + tag);
        String back = mvc.perform(post("/studios")
                        .with(hostAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("name", "未选类型工作室")
                        .param("hostId", host.toString())
                        .param("leaderName", LEADER)
                        .param("members[0].name", MEMBER)
                        .param("members[1].name", "孙" + "*".repeat(2)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(back)
                .contains("请选择工作室类型。", "脱敏", "value=\"未选类型工作室\"", "id=\"names-again\"")
                .doesNotContain(LEADER, MEMBER);
        assertThat(jdbc.queryForObject("select count(*) from research_studios where body_id = ?", Long.class, body))
                .isZero();
        mvc.perform(post("/studios")
                        .with(outsider)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("name", "局外工作室")
                        .param("kind", "SKILL_MASTER")
                        .param("hostId", host.toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHostRecordsTheSecretariatConfirmsAndEveryoneSeesOnlyMaskedNames() throws Exception {
        String studio = open();
        Long id = Long.valueOf(studio.substring("/studios/".length()));
        assertThat(page(studio, hostAdmin, "zh-CN"))
                .contains("赵**", "钱**", "id=\"innovation-form\"", "id=\"training-form\"")
                .doesNotContain(LEADER, MEMBER);
        assertThat(page(studio, secretariat, "zh-CN")).doesNotContain("id=\"innovation-form\"");
        mvc.perform(post(studio + "/innovations")
                        .with(hostAdmin)
                        .with(csrf())
                        .param("title", "五轴加工夹具改进")
                        .param("madeOn", "2026-02-20")
                        .param("claimedBenefit", "56000"))
                .andExpect(flash().attribute("done", "research.done.innovation"));
        mvc.perform(post(studio + "/trainings")
                        .with(hostAdmin)
                        .with(csrf())
                        .param("heldOn", "2026-03-05")
                        .param("topic", "数控编程")
                        .param("participants", "25")
                        .param("hours", "8"))
                .andExpect(flash().attribute("done", "research.done.studio-training"));
        Long innovation =
                jdbc.queryForObject("select id from research_innovations where studio_id = ?", Long.class, id);
        assertThat(page(studio, hostAdmin, "zh-CN")).doesNotContain("id=\"confirm-" + innovation + "\"");
        assertThat(page(studio, secretariat, "zh-CN"))
                .contains("id=\"confirm-" + innovation + "\"", "id=\"benefit-claimed\">56,000.00<")
                .contains("id=\"benefit-confirmed\">0.00<");
        mvc.perform(post(studio + "/innovations/" + innovation + "/confirm")
                        .with(hostAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0"))
                .andExpect(flash().attribute("problem", "技术革新的效益只能由共同体秘书处确认或提出异议。"));
        mvc.perform(post(studio + "/innovations/" + innovation + "/confirm")
                        .with(observer)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(studio + "/innovations/" + innovation + "/confirm")
                        .with(secretariat)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("done", "research.done.innovation-confirm"));

        for (String language : List.of("zh-CN", "zh-TW", "en")) {
            assertThat(page(studio, observer, language))
                    .contains("赵**", "钱**", "id=\"benefit-confirmed\">56,000.00<", "id=\"person-times\">25<")
                    .doesNotContain(LEADER, MEMBER, "id=\"innovation-form\"", "id=\"confirm-" + innovation + "\"");
        }
        assertThat(page(studio, observer, "en")).contains("Skill master studio", "Annual benefit confirmed (CNY)");
        assertThat(page(studio, observer, "zh-TW")).contains("技能大師工作室", "確認年效益");
        assertThat(page(studio, observer, "zh-CN")).contains("共 1 期，25 人次，8 学时。");
        mvc.perform(get(studio).with(outsider)).andExpect(status().isForbidden());
    }

    @Test
    void theListShowsTheStudiosOfTheBodyOrSaysThereAreNone() throws Exception {
        assertThat(page("/studios?bodyId=" + body, observer, "zh-CN")).contains("id=\"empty\"", "暂无可查看的工作室。");
        open();
        for (String language : List.of("zh-CN", "zh-TW", "en")) {
            assertThat(page("/studios?bodyId=" + body, observer, language))
                    .contains("数控技能大师工作室" + tag, "页面工作室大学" + tag)
                    .doesNotContain("id=\"empty\"");
        }
        assertThat(page("/studios", outsider, "zh-CN")).doesNotContain("数控技能大师工作室" + tag);
        assertThat(page("/studios", secretariat, "zh-CN")).contains("href=\"/studios\"");
    }

    @Test
    void theHostOrTheSecretariatRevisesAStudioKeepingNamesSealed() throws Exception {
        String studio = open();
        mvc.perform(post(studio + "/edit")
                        .with(hostAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "数控技能大师工作室" + tag)
                        .param("kind", "SKILL_MASTER")
                        .param("keepMembers", "0")
                        .param("members[0].name", "孙小红")
                        .param("members[0].role", "学徒"))
                .andExpect(flash().attribute("done", "research.done.studio-revised"));
        String edit = page(studio + "/edit", secretariat, "zh-CN");
        assertThat(edit)
                .contains("现任领衔人：赵**", "id=\"kept0\"", "id=\"kept1\"", "钱**", "孙**", "id=\"removeLeader1\"")
                .contains("页面工作室大学" + tag)
                .doesNotContain(LEADER, MEMBER, "孙小红", "id=\"body-choice\"", "name=\"hostId\"");
        mvc.perform(post(studio + "/edit")
                        .with(secretariat)
                        .with(csrf())
                        .param("version", "1")
                        .param("bodyId", "999999")
                        .param("hostId", "999999")
                        .param("name", "数控技能大师工作室（新）" + tag)
                        .param("kind", "MODEL_WORKER")
                        .param("removeLeader", "true")
                        .param("keepMembers", "1"))
                .andExpect(flash().attribute("done", "research.done.studio-revised"));
        assertThat(page(studio, observer, "zh-CN"))
                .contains("数控技能大师工作室（新）" + tag, "孙**", "劳模创新工作室")
                .doesNotContain("钱**", "id=\"leader\"");
        Long id = Long.valueOf(studio.substring("/studios/".length()));
        assertThat(jdbc.queryForList("select body_id, host_id from research_studios where id = ?", id)
                        .get(0))
                .containsEntry("body_id", body)
                .containsEntry("host_id", host);
    }

    @Test
    void aRevisionWithProblemsOrAStaleVersionComesBackWithoutNamesAndChangesNothing() throws Exception {
        String studio = open();
        String back = mvc.perform(post(studio + "/edit")
                        .with(hostAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0")
                        .param("name", "")
                        .param("kind", "SKILL_MASTER")
                        .param("leaderName", "周正")
                        .param("keepMembers", "0", "7"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(back).contains("请填写工作室名称。").doesNotContain("周正", LEADER, MEMBER);
        back = mvc.perform(post(studio + "/edit")
                        .with(hostAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0")
                        .param("name", "改名工作室" + tag)
                        .param("kind", "SKILL_MASTER")
                        .param("keepMembers", "0", "7"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(back).contains("所选成员已不在该工作室");
        mvc.perform(post(studio + "/edit")
                        .with(hostAdmin)
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "改名工作室" + tag)
                        .param("kind", "SKILL_MASTER"))
                .andExpect(flash().attribute("done", "research.done.studio-revised"));
        back = mvc.perform(post(studio + "/edit")
                        .with(secretariat)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("version", "0")
                        .param("name", "过期修改" + tag)
                        .param("kind", "SKILL_MASTER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(back).contains("id=\"problem\"", "改名工作室" + tag + "</a>");
        assertThat(page(studio, observer, "zh-CN")).contains("改名工作室" + tag).doesNotContain("过期修改" + tag, "钱**");
        mvc.perform(get(studio + "/edit").with(observer)).andExpect(status().isForbidden());
        mvc.perform(post(studio + "/edit").with(outsider).with(csrf()).param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(page(studio, observer, "zh-CN")).doesNotContain("id=\"edit-link\"");
        assertThat(page(studio, hostAdmin, "zh-CN")).contains("id=\"edit-link\"");
    }
}
