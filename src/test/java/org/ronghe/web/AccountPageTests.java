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

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    org.ronghe.directory.Directory directory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void adminCreatesAScopedAccountAndWeakPasswordsAreExplained() throws Exception {
        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("username", "org-admin")
                        .param("displayName", "单位管理员")
                        .param("password", "abc12345")
                        .param("role", "ORGANISATION_ADMIN")
                        .param("organisation", "中铝集团"))
                .andExpect(flash().attribute(
                                "errors",
                                java.util.List.of(message("password.too-simple"), message("password.common"))));
        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("username", "org-admin")
                        .param("displayName", "单位管理员")
                        .param("password", "Org-Admin-2026")
                        .param("role", "ORGANISATION_ADMIN"))
                .andExpect(flash().attribute("errors", java.util.List.of(message("organisation.required"))));
        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("username", "org-admin")
                        .param("displayName", "单位管理员")
                        .param("password", "Org-Admin-2026")
                        .param("role", "ORGANISATION_ADMIN")
                        .param("organisation", "中鋁集團"))
                .andExpect(flash().attribute("created", "org-admin"));
        Long chinalco = directory.sameName("中铝集团").get(0).id();
        assertThat(identity.findByUsername("org-admin").orElseThrow().grants())
                .containsExactly(new Grant(Role.ORGANISATION_ADMIN, null, chinalco));
        mvc.perform(get("/admin/accounts").with(admin())).andExpect(content().string(containsString("org-admin")));
    }

    @Test
    void adminMakesAnExistingUserTheSecretariatOfABodyAndTakesItBack() throws Exception {
        var account = identity.createAccount("existing-user", "已有用户", "Existing-User-2026", java.util.List.of());
        mvc.perform(post("/admin/accounts/grants")
                        .with(admin())
                        .with(csrf())
                        .param("username", "existing-user")
                        .param("role", "SECRETARIAT")
                        .param("bodyId", "2"))
                .andExpect(flash().attribute("granted", "existing-user"));
        assertThat(identity.account(account.id()).grants()).containsExactly(Grant.secretariatOf(2L));
        mvc.perform(post("/admin/accounts/grants")
                        .with(admin())
                        .with(csrf())
                        .param("username", "nobody-here")
                        .param("role", "SECRETARIAT")
                        .param("bodyId", "2"))
                .andExpect(flash().attribute("errors", java.util.List.of(message("account.not-found"))));
        mvc.perform(post("/admin/accounts/" + account.id() + "/grants/remove")
                        .with(admin())
                        .with(csrf())
                        .param("role", "SECRETARIAT")
                        .param("bodyId", "2"))
                .andExpect(flash().attribute("revoked", true));
        assertThat(identity.account(account.id()).grants()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where subject = ?",
                        Long.class,
                        "account:existing-user/SECRETARIAT/body:2"))
                .isEqualTo(2);
    }

    @Test
    void tokenCreatedOnTheProfilePageIsShownOnceAndWorksForTheApi() throws Exception {
        MvcResult created = mvc.perform(post("/profile/tokens")
                        .with(admin())
                        .with(csrf())
                        .param("name", "对接教务系统")
                        .param("days", "30"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String secret = (String) created.getFlashMap().get("newToken");
        assertThat(secret).startsWith(Identity.TOKEN_PREFIX);
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        mvc.perform(get("/profile").with(admin()))
                .andExpect(content().string(containsString("对接教务系统")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
    }

    @Test
    void nonAdminsCannotOpenAdministrationPages() throws Exception {
        var observer = identity.findByUsername("page-observer")
                .orElseGet(() -> identity.createAccount(
                        "page-observer", "观察员", "Observer-Pass-1", java.util.List.of(Grant.observerOf(1L))));
        mvc.perform(get("/admin/accounts").with(user(RongheUserFactory.forLogin(observer, Instant.now()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedNamesTheUnknownUnitAndOffersNoRoleByDefault() throws Exception {
        mvc.perform(get("/admin/accounts").with(admin()).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("<option value=\"\">请选择角色</option>"),
                                org.hamcrest.Matchers.not(containsString("selected=\"selected\">平台管理员")),
                                containsString("平台管理员</td>"))));
        MvcResult refused = mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("username", "typed-user")
                        .param("displayName", "输入的名字")
                        .param("password", "Typed-User-2026!")
                        .param("role", "ORGANISATION_ADMIN")
                        .param("organisation", "不存在的单位甲"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/admin/accounts")
                        .cookie(refused.getResponse().getCookies())
                        .with(admin())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("不存在的单位甲"),
                                org.hamcrest.Matchers.not(containsString("{0}")),
                                containsString("value=\"typed-user\""),
                                containsString("value=\"输入的名字\""),
                                containsString("value=\"不存在的单位甲\""),
                                containsString("value=\"ORGANISATION_ADMIN\" selected=\"selected\""),
                                org.hamcrest.Matchers.not(containsString("Typed-User-2026!")))));
        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("username", "no-role-user")
                        .param("displayName", "没有角色")
                        .param("password", "No-Role-User-2026!")
                        .param("role", ""))
                .andExpect(flash().attribute("errors", java.util.List.of(message("account.role.required"))));
        assertThat(identity.findByUsername("no-role-user")).isEmpty();
    }

    @Test
    void rolesAreShownWithTheNamesOfTheirBodyAndUnit() throws Exception {
        Long chinalco = directory.sameName("中铝集团").get(0).id();
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        identity.findByUsername("named-roles")
                .orElseGet(() -> identity.createAccount(
                        "named-roles",
                        "角色名称",
                        "Named-Roles-2026!",
                        java.util.List.of(Grant.secretariatOf(body), Grant.adminOf(chinalco))));
        mvc.perform(get("/admin/accounts").with(admin()).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("秘书处 · 国家有色金属行业产教融合共同体"),
                                containsString("单位管理员 · 中铝集团"),
                                org.hamcrest.Matchers.not(containsString("秘书处 #")))));
    }

    @Test
    void anAdminResetsAForgottenPasswordAndTheOldOneStopsWorking() throws Exception {
        var account = identity.createAccount(
                "forgetful-" + System.nanoTime() % 100000, "健忘用户", "Forgotten-Pass-2026", java.util.List.of());
        mvc.perform(post("/admin/accounts/" + account.id() + "/password")
                        .with(admin())
                        .with(csrf())
                        .param("password", "abc"))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasItem(message("password.too-short"))));
        mvc.perform(post("/admin/accounts/" + account.id() + "/password")
                        .with(admin())
                        .with(csrf())
                        .param("password", "Brand-New-Pass-2026"))
                .andExpect(flash().attribute("controlled", "accounts.done.password"));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                        .user(account.username())
                        .password("Forgotten-Pass-2026"))
                .andExpect(
                        org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                                .unauthenticated());
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                        .user(account.username())
                        .password("Brand-New-Pass-2026"))
                .andExpect(
                        org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                                .authenticated()
                                .withUsername(account.username()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'account.password-reset' "
                                + "and subject = ?",
                        Long.class,
                        "account:" + account.username()))
                .isEqualTo(1);
    }

    private String message(String code) {
        return messages.getMessage(code, null, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private RequestPostProcessor admin() {
        return user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
    }
}
