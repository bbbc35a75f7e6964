package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** A council term's number typed in words comes back as a problem on the governance page; no term is opened. */
@IntegrationTest
class CouncilTermNumberPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTermNumberInWordsOpensNoTerm() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long id = community
                .found(new BodyDraft("数字治理联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        var account = identity.createAccount(
                "ct-s-" + tag, "ct-s-" + tag, "Council-Number-2026!", List.of(Grant.secretariatOf(id)));
        var secretariat = user(RongheUserFactory.forLogin(account, Instant.now()));
        for (String[] typed : List.of(
                new String[] {"zh-CN", "第一", "请填写整数，例如 40。"},
                new String[] {"en", "first", "Enter a whole number, for example 40."})) {
            mvc.perform(post("/bodies/" + id + "/governance/terms")
                            .with(secretariat)
                            .with(csrf())
                            .header("Accept-Language", typed[0])
                            .param("ordinal", typed[1])
                            .param("name", "第一届理事会")
                            .param("startsOn", "2026-01-01")
                            .param("version", String.valueOf(community.get(id).version())))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problems", List.of(typed[2])));
        }
        assertThat(jdbc.queryForObject("select count(*) from council_terms where body_id = ?", Long.class, id))
                .isZero();
    }
}
