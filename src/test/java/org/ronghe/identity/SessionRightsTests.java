package org.ronghe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seen from outside: after a role was revoked the session still opened the secretariat's pages; a password change left
 * other sessions and tokens working; there was no way to disable an account. Sessions now follow the account.
 */
@IntegrationTest
class SessionRightsTests {

    static final String PASSWORD = "Session-Pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    AccountControl control;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    Account account;
    String tag;

    @BeforeEach
    void aSecretariatOfTheNonferrousCommunity() {
        tag = Long.toString(System.nanoTime(), 36);
        body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        account = identity.createAccount("sess-" + tag, "会话测试", PASSWORD, List.of(Grant.secretariatOf(body)));
    }

    Cookie signIn() throws Exception {
        Cookie session = mvc.perform(post("/login")
                        .param("username", account.username())
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    String members() {
        return "/bodies/" + body + "/manage/members";
    }

    @Test
    void aRevokedRoleStopsWorkingInTheOpenSessionAtOnce() throws Exception {
        Cookie session = signIn();
        mvc.perform(get(members()).cookie(session)).andExpect(status().isOk());
        identity.revoke(account.id(), Grant.secretariatOf(body));
        mvc.perform(get(members()).cookie(session)).andExpect(status().isForbidden());
        identity.grant(account.username(), Grant.secretariatOf(body));
        mvc.perform(get(members()).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndRevokesTheTokens() throws Exception {
        Cookie other = signIn();
        String token =
                identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
        mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        identity.changePassword(account.id(), PASSWORD, "Session-Pass-2");
        mvc.perform(get(members()).cookie(other)).andExpect(redirectedUrl("/login?error=ended"));
        mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledAccountCanNeitherSignInNorUseItsSessionOrTokens() throws Exception {
        Cookie session = signIn();
        String token =
                identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
        mvc.perform(post("/api/v1/accounts/" + account.id() + "/disable")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN))
                .andExpect(status().isOk());
        mvc.perform(get(members()).cookie(session)).andExpect(redirectedUrl("/login?error=ended"));
        mvc.perform(get("/api/v1/agreements").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login")
                        .param("username", account.username())
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?error="));
        control.enable(account.id());
        signIn();
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "account:" + account.username()))
                .contains("account.disabled", "account.enabled");
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() throws Exception {
        Long admin = identity.findByUsername("admin").orElseThrow().id();
        mvc.perform(post("/api/v1/accounts/" + admin + "/disable")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("不能停用自己的账户。"));
        assertThat(identity.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws Exception {
        Cookie session = signIn();
        jdbc.update(
                "update spring_session set creation_time = creation_time - ? where principal_name = ?",
                Duration.ofHours(13).toMillis(),
                account.username());
        mvc.perform(get(members()).cookie(session)).andExpect(redirectedUrl("/login?error=ended"));
    }
}
