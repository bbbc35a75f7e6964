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

@IntegrationTest
class LoginTests {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void bootstrapAdminSignsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(formLogin().user("admin").password(IntegrationTest.ADMIN_PASSWORD))
                .andExpect(authenticated().withUsername("admin").withRoles("PLATFORM_ADMIN"));
        assertThat(jdbc.queryForObject("select count(*) from audit_records where action = 'login' and actor = 'admin' "
                + "and result = 'SUCCESS'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'admin'", Long.class))
                .as("sessions live in PostgreSQL, so nodes stay stateless").isPositive();
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        identity.createAccount("locker", "Locker", "Locker-Pass-1", List.of(Grant.platformAdmin()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("locker").password("wrong-" + i))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user("locker").password("Locker-Pass-1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(identity.findByUsername("locker").orElseThrow().lockedUntil()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_records where action = 'login' and actor = 'locker' "
                + "and result = 'LOCKED'", Long.class)).isEqualTo(1);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/profile/tokens").param("name", "x").with(org.springframework.security.test.web.servlet.request
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
