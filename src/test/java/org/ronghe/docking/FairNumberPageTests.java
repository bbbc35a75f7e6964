package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Minutes, tables, slots and seats typed in words on the fair pages come back as a problem in the user's language,
 * never as an error page and never as a fair planned with the default in their place.
 */
@IntegrationTest
class FairNumberPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    RequestPostProcessor secretariat;

    @BeforeEach
    void aBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("数字对接会联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        var account = identity.createAccount(
                "fn-c-" + tag, "fn-c-" + tag, "Fair-Number-2026!", List.of(Grant.secretariatOf(body)));
        secretariat = user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    MockHttpServletRequestBuilder plan(String language, String minutes, String tables, String slots) {
        return post("/docking/fairs")
                .with(secretariat)
                .with(csrf())
                .header("Accept-Language", language)
                .param("bodyId", body.toString())
                .param("title", "数字对接会" + tag)
                .param("heldOn", "2026-12-21")
                .param("slotMinutes", minutes)
                .param("tables", tables)
                .param("slots", slots);
    }

    long fairs() {
        return jdbc.queryForObject("select count(*) from fairs where body_id = ?", Long.class, body);
    }

    @Test
    void minutesTablesOrSlotsInWordsPlanNothing() throws Exception {
        mvc.perform(plan("zh-CN", "二十", "10", "9"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/docking/fairs"))
                .andExpect(flash().attribute("problem", "请填写整数，例如 40。"));
        mvc.perform(plan("zh-TW", "20", "十", "9")).andExpect(flash().attribute("problem", "請填寫整數，例如 40。"));
        mvc.perform(plan("en", "20", "10", "nine"))
                .andExpect(flash().attribute("problem", "Enter a whole number, for example 40."));
        assertThat(fairs()).isZero();
    }

    @Test
    void aSeatInWordsPairsNothing() throws Exception {
        String fair = mvc.perform(plan("zh-CN", "20", "10", "9"))
                .andExpect(flash().attribute("done", "docking.fair.done.planned"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long id = Long.valueOf(fair.substring(fair.lastIndexOf('/') + 1));
        for (String[] seat : List.of(new String[] {"一", "1"}, new String[] {"1", "一"})) {
            mvc.perform(post(fair + "/pairs/add")
                            .with(secretariat)
                            .with(csrf())
                            .header("Accept-Language", "zh-CN")
                            .param("version", "0")
                            .param("needId", "1")
                            .param("capabilityId", "1")
                            .param("table", seat[0])
                            .param("slot", seat[1]))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", "请填写整数，例如 40。"));
        }
        assertThat(jdbc.queryForObject("select count(*) from fair_pairs where fair_id = ?", Long.class, id))
                .isZero();
    }
}
