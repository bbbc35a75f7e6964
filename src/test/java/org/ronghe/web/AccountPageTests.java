package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.Role;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AccountPageTests {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;

    @Test
    void adminCreatesAScopedAccountAndWeakPasswordsAreExplained() throws Exception {
        mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", "org-admin")
                        .param("displayName", "单位管理员").param("password", "abc12345").param("role", "ORGANISATION_ADMIN")
                        .param("organisationId", "1"))
                .andExpect(flash().attribute("errors", java.util.List.of("password.too-simple", "password.common")));
        mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", "org-admin")
                        .param("displayName", "单位管理员").param("password", "Org-Admin-2026").param("role", "ORGANISATION_ADMIN"))
                .andExpect(flash().attribute("errors", java.util.List.of("account.scope-required")));
        mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).param("username", "org-admin")
                        .param("displayName", "单位管理员").param("password", "Org-Admin-2026").param("role", "ORGANISATION_ADMIN")
                        .param("organisationId", "1"))
                .andExpect(flash().attribute("created", "org-admin"));
        assertThat(identity.findByUsername("org-admin").orElseThrow().grants())
                .containsExactly(new Grant(Role.ORGANISATION_ADMIN, null, 1L));
        mvc.perform(get("/admin/accounts").with(admin())).andExpect(content().string(containsString("org-admin")));
    }

    @Test
    void tokenCreatedOnTheProfilePageIsShownOnceAndWorksForTheApi() throws Exception {
        MvcResult created = mvc.perform(post("/profile/tokens").with(admin()).with(csrf()).param("name", "对接教务系统").param("days", "30"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String secret = (String) created.getFlashMap().get("newToken");
        assertThat(secret).startsWith(Identity.TOKEN_PREFIX);
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(get("/profile").with(admin()))
                .andExpect(content().string(containsString("对接教务系统")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
    }

    @Test
    void nonAdminsCannotOpenAdministrationPages() throws Exception {
        var observer = identity.findByUsername("page-observer").orElseGet(() -> identity.createAccount(
                "page-observer", "观察员", "Observer-Pass-1", java.util.List.of(Grant.observerOf(1L))));
        mvc.perform(get("/admin/accounts").with(user(RongheUserFactory.forLogin(observer, Instant.now()))))
                .andExpect(status().isForbidden());
    }

    private RequestPostProcessor admin() {
        return user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
    }
}
