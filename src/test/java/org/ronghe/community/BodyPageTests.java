package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.ronghe.web.FormPages.under;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
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
}
