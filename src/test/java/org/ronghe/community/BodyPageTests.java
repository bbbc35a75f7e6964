package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.ronghe.web.FormPages.under;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Founding a body with the form never drops what the binder could not read: it comes back with the value and why. */
@IntegrationTest
class BodyPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Community community;

    RequestPostProcessor admin() {
        return user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
    }

    @Test
    void aKindDateOrParentThatCannotBeReadComesBackWithWhyAndNoBodyIsFounded() throws Exception {
        String name = "页面无法读取联合体" + Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/bodies/new")
                        .with(admin())
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", name)
                        .param("kind", "联盟")
                        .param("foundedOn", "去年春天")
                        .param("regionCode", "340800")
                        .param("parentId", "上级"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("kind", "请从列表中选择。"),
                                under("foundedOn", "请填写日期，格式为 2026-03-15。"),
                                under("parentId", "请从列表中选择。"),
                                containsString("value=\"去年春天\""),
                                containsString("value=\"" + name + "\""))));
        mvc.perform(post("/bodies/new")
                        .with(admin())
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("name", name)
                        .param("kind", "CITY_CONSORTIUM")
                        .param("foundedOn", "2026/3/15"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("foundedOn", "Enter a date such as 2026-03-15."),
                                containsString("value=\"2026/3/15\""))));
        assertThat(jdbc.queryForObject("select count(*) from bodies where name = ?", Long.class, name))
                .isZero();
    }

    @Test
    void aMeetingWhoseDateKindOrAttendanceCannotBeReadIsRefusedWithWhyAndNotRecorded() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = community
                .found(new BodyDraft("页面会议联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        var account =
                identity.createAccount("bp-m-" + tag, "秘书处", "Body-Page-2026!", List.of(Grant.secretariatOf(body)));
        var secretariat = user(RongheUserFactory.forLogin(account, Instant.now()));
        mvc.perform(get("/bodies/" + body + "/manage/governance").with(secretariat))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"meeting-attendance\""),
                                not(matchesPattern("(?s).*<input[^>]*type=\"number\"[^>]*name=\"attendance\".*")))));
        mvc.perform(post("/bodies/" + body + "/governance/meetings")
                        .with(secretariat)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("heldOn", "下周一")
                        .param("kind", "年会")
                        .param("title", "第二次理事会")
                        .param("attendance", "五十人")
                        .param("version", String.valueOf(community.get(body).version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problems", List.of("请填写日期，格式为 2026-03-15。", "请从列表中选择。", "请填写整数，例如 40。")));
        assertThat(jdbc.queryForObject("select count(*) from body_meetings where body_id = ?", Long.class, body))
                .isZero();
    }
}
