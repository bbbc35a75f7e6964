package org.ronghe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bootstrapAdminSignsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(formLogin().user("admin").password(IntegrationTest.ADMIN_PASSWORD))
                .andExpect(authenticated().withUsername("admin").withRoles("PLATFORM_ADMIN"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'login' and actor = 'admin' "
                                + "and result = 'SUCCESS'",
                        Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'admin'", Long.class))
                .as("sessions live in PostgreSQL, so nodes stay stateless")
                .isPositive();
    }

    MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    /** A login from the given address (a TEST-NET one per test, so that tests do not slow each other down). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /**
     * Five anonymous failures locked admin for 15 minutes, again and again, and took RONGHE_ADMIN_TOKEN down with it.
     * Now the account's password logins wait 1 s, 2 s, 4 s … (one minute at most), a platform admin can unlock it at
     * once, and tokens are not touched.
     */
    @Test
    void failedLoginsSlowTheAccountDownBrieflyAndLeaveItsTokensAlone() throws Exception {
        Account locker = identity.createAccount("locker", "Locker", "Locker-Pass-1", List.of(Grant.platformAdmin()));
        String token = identity.issueToken(locker.id(), "t", java.time.Duration.ofDays(1))
                .secret();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("locker", "wrong-" + i, "192.0.2." + (10 + i)))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=bad&username=locker"));
        }
        mvc.perform(login("locker", "Locker-Pass-1", "192.0.2.20"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked&username=locker"));
        Account slowed = identity.findByUsername("locker").orElseThrow();
        assertThat(java.time.Duration.between(java.time.Instant.now(), slowed.lockedUntil()))
                .isBetween(java.time.Duration.ZERO, java.time.Duration.ofSeconds(1));
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        for (int i = 5; i < 12; i++) {
            jdbc.update("update accounts set locked_until = null where username = 'locker'");
            mvc.perform(login("locker", "wrong-" + i, "192.0.2.30"));
        }
        assertThat(java.time.Duration.between(
                        java.time.Instant.now(),
                        identity.findByUsername("locker").orElseThrow().lockedUntil()))
                .isBetween(java.time.Duration.ofSeconds(50), java.time.Duration.ofSeconds(60));

        mvc.perform(post("/api/v1/accounts/" + locker.id() + "/unlock")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN))
                .andExpect(status().isOk());
        mvc.perform(login("locker", "Locker-Pass-1", "192.0.2.21"))
                .andExpect(authenticated().withUsername("locker"));
        assertThat(jdbc.queryForList(
                        "select result from audit_records where action = 'login' and actor = 'locker' order by id",
                        String.class))
                .contains("FAILURE", "LOCKED", "SUCCESS");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'account.unlocked' "
                                + "and subject = 'account:locker'",
                        Long.class))
                .isEqualTo(1);
    }

    /**
     * 100 failed logins in 12 s were all checked. After ten from one address, its attempts wait, doubling, unchecked.
     */
    @Test
    void anAddressThatKeepsFailingIsSlowedDownWhateverAccountItTries() throws Exception {
        identity.createAccount("throttled-victim", "Victim", "Victim-Pass-1", List.of(Grant.platformAdmin()));
        for (int i = 0; i < 10; i++) {
            mvc.perform(login("nobody-" + i, "guess", "198.51.100.7"))
                    .andExpect(redirectedUrl("/login?error=bad&username=nobody-" + i));
        }
        mvc.perform(login("throttled-victim", "Victim-Pass-1", "198.51.100.7"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(login("throttled-victim", "Victim-Pass-1", "198.51.100.8"))
                .andExpect(authenticated().withUsername("throttled-victim"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'login.throttled' "
                                + "and subject = 'client:198.51.100.7'",
                        Long.class))
                .isEqualTo(1);
        mvc.perform(get("/login").param("error", "throttled").header("Accept-Language", "zh-CN"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("此设备登录失败次数过多")));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(
                        post("/profile/tokens")
                                .param("name", "x")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(RongheUserFactory.forLogin(
                                        identity.findByUsername("admin").orElseThrow(), java.time.Instant.now()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToLoginForPrivatePages() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/bodies/1/edit").with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void passwordsAreStoredWithAnAdaptiveHash() {
        String hash = jdbc.queryForObject("select password_hash from accounts where username = 'admin'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2");
    }
}
