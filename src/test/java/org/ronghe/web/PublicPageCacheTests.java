package org.ronghe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A body's page under 200 anonymous clients had p95 1,663 ms: anonymous visitors now get it from memory, per language,
 * until something changes; a change through the platform shows at once, signed-in users always get it fresh.
 */
@IntegrationTest
class PublicPageCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Community community;

    @Autowired
    Identity identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsGetTheCachedPageUntilAChangeIsCommitted() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long id = community
                .found(new BodyDraft("缓存测试联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        String page = "/bodies/" + id;
        mvc.perform(get(page).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("缓存测试联合体" + tag)));
        mvc.perform(get(page).header("Accept-Language", "en")).andExpect(header().string("Content-Language", "en"));
        mvc.perform(get(page).header("Accept-Language", "en"))
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(content().string(containsString("lang=\"en\"")));

        jdbc.update("update bodies set description = ? where id = ?", "平台外改动" + tag, id);
        mvc.perform(get(page).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(not(containsString("平台外改动" + tag))));
        var admin =
                user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
        mvc.perform(get(page).header("Accept-Language", "zh-CN").with(admin))
                .andExpect(content().string(containsString("平台外改动" + tag)));

        long version = community.get(id).version();
        community.reviseProfile(id, version, null, "平台内修订" + tag);
        mvc.perform(get(page).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("平台内修订" + tag)));
    }
}
