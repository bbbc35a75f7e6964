package org.ronghe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Community;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    Long nonferrous;
    Long anqing;
    String secretariatToken;

    @BeforeEach
    void secretariatOfTheNonferrousCommunity() {
        nonferrous = idOf("国家有色金属行业产教融合共同体");
        anqing = idOf("安庆市域产教联合体");
        Account account = identity.findByUsername("nonferrous-secretariat")
                .orElseGet(() -> identity.createAccount(
                        "nonferrous-secretariat", "秘书处", "Secretariat-2026", List.of(Grant.secretariatOf(nonferrous))));
        secretariatToken =
                identity.issueToken(account.id(), "test", Duration.ofDays(1)).secret();
    }

    @Test
    void anonymousWriteIsRefusedWith401AndAudited() throws Exception {
        long before = audited("UNAUTHENTICATED");
        mvc.perform(patch("/api/v1/bodies/" + nonferrous)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"x\",\"version\":0}")
                        .with(LoginTests.from("203.0.113.40")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("需要登录"));
        assertThat(audited("UNAUTHENTICATED")).isEqualTo(before + 1);
    }

    /**
     * Seen from outside: anonymous GET /api/v1/students/1 wrote an audit row per request (about 640 a second), rows
     * that can never be deleted. Anonymous reads are refused without a record; a user's refusals are recorded twenty a
     * minute, and the next record says how many went unrecorded.
     */
    @Test
    void refusalsCannotFloodTheAuditTrail() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_records", Long.class);
        for (int i = 0; i < 50; i++) {
            mvc.perform(get("/api/v1/students/1").with(LoginTests.from("203.0.113.41")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where subject = '/api/v1/students/1' "
                                + "and result = 'UNAUTHENTICATED'",
                        Long.class))
                .isZero();
        Account prober = identity.createAccount("prober-" + System.nanoTime(), "Prober", "Prober-2026!", List.of());
        String token = identity.issueToken(prober.id(), "t", Duration.ofDays(1)).secret();
        for (int i = 0; i < 50; i++) {
            mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where actor = ? and result = 'DENIED'",
                        Long.class,
                        prober.username()))
                .isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from audit_records", Long.class) - before)
                .isLessThan(30);
    }

    @Test
    void secretariatOfOneBodyCannotActOnAnotherAndTheRefusalIsAudited() throws Exception {
        long before = audited("DENIED");
        mvc.perform(patch("/api/v1/bodies/" + anqing)
                        .header("Authorization", "Bearer " + secretariatToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"x\",\"version\":0}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        assertThat(audited("DENIED")).isEqualTo(before + 1);
        assertThat(community.get(anqing).description()).isNotEqualTo("x");
    }

    @Test
    void secretariatRevisesItsOwnBodyAndAStaleVersionGets409() throws Exception {
        long version = community.get(nonferrous).version();
        String description = community.get(nonferrous).description();
        mvc.perform(patch("/api/v1/bodies/" + nonferrous)
                        .header("Authorization", "Bearer " + secretariatToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shortName\":\"有色金属行业产教融合共同体\",\"description\":\"" + description
                                + "（修订）\",\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(patch("/api/v1/bodies/" + nonferrous)
                        .header("Authorization", "Bearer " + secretariatToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"stale\",\"version\":" + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("数据已被修改"));
        assertThat(community.get(nonferrous).description()).isEqualTo(description + "（修订）");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'body.profile-revised' "
                                + "and actor = 'nonferrous-secretariat'",
                        Long.class))
                .isPositive();
    }

    @Test
    void unknownOrRevokedTokensAreRefused() throws Exception {
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer rh_not_a_token"))
                .andExpect(status().isUnauthorized());
        Account account = identity.findByUsername("nonferrous-secretariat").orElseThrow();
        Identity.IssuedToken issued = identity.issueToken(account.id(), "short-lived", Duration.ofDays(1));
        identity.revokeToken(account.id(), issued.token().id());
        mvc.perform(patch("/api/v1/bodies/" + nonferrous)
                        .header("Authorization", "Bearer " + issued.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void adminTokenFromTheEnvironmentAdministersAccounts() throws Exception {
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'admin')]").exists());
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + secretariatToken))
                .andExpect(status().isForbidden());
    }

    @Test
    void accountCreationEnforcesThePasswordPolicyInTheUsersLanguage() throws Exception {
        mvc.perform(post("/api/v1/accounts")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                        .header("Accept-Language", "en")
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"weak\",\"displayName\":\"Weak\",\"password\":\"Password1\",\"role\":\"OBSERVER\",\"bodyId\":"
                                        + anqing + "}"))
                .andExpect(status().isBadRequest());
        assertThat(identity.findByUsername("weak")).isEmpty();
        mvc.perform(post("/api/v1/accounts")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"no-role\",\"displayName\":\"无角色\",\"password\":\"Observer-2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.role").value("请选择角色。"));
        mvc.perform(
                        post("/api/v1/accounts")
                                .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                                .header("Accept-Language", "zh-CN")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"no-body\",\"displayName\":\"无范围\",\"password\":\"Observer-2026\",\"role\":\"SECRETARIAT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.bodyId").exists());
        assertThat(identity.findByUsername("no-role")).isEmpty();
        mvc.perform(post("/api/v1/accounts")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"username\":\"anqing-observer\",\"displayName\":\"教体局\",\"password\":\"Observer-2026\",\"role\":\"OBSERVER\",\"bodyId\":"
                                        + anqing + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.grants[0].bodyId").value(anqing));
    }

    /**
     * Seen from outside: Passw0rd!, Qwerty123! and eight spaces before Aa1 were accepted, a password over bcrypt's 72
     * bytes got a misleading error, and ADMIN, Cyrillic аdmin and ad&lt;zero-width space&gt;min were accepted as user
     * names beside admin (impersonation in the audit trail).
     */
    @Test
    void guessablePasswordsAndLookAlikeUserNamesAreRefused() throws Exception {
        String[][] passwords = {
            {"Passw0rd!", "常见密码"},
            {"Qwerty123!", "常见密码"},
            {"        Aa1", "空格开头或结尾"},
            {"Aa1!".repeat(19), "最多 72 个字节"},
            {"长城".repeat(13) + "Aa1!", "最多 72 个字节"},
            {"Aa1!Aa1!Aa1!", "5 个不同的字符"}
        };
        for (String[] password : passwords) {
            mvc.perform(post("/api/v1/accounts")
                            .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                            .header("Accept-Language", "zh-CN")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"pw-probe\",\"displayName\":\"x\",\"password\":\"" + password[0]
                                    + "\",\"role\":\"OBSERVER\",\"bodyId\":" + anqing + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(password[1])));
        }
        for (String username : new String[] {"\u0430dmin", "ad\u200bmin", "a", "x y", "管理员"}) {
            mvc.perform(post("/api/v1/accounts")
                            .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                            .header("Accept-Language", "zh-CN")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + username
                                    + "\",\"displayName\":\"x\",\"password\":\"Observer-2026\","
                                    + "\"role\":\"OBSERVER\",\"bodyId\":" + anqing + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.username").value(org.hamcrest.Matchers.startsWith("用户名只能用")));
        }
        mvc.perform(post("/api/v1/accounts")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\" ADMIN \",\"displayName\":\"x\","
                                + "\"password\":\"Observer-2026\",\"role\":\"OBSERVER\",\"bodyId\":" + anqing + "}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select count(*) from accounts where username in (?, ?, ?, ?)",
                        Long.class,
                        "\u0430dmin",
                        "ad\u200bmin",
                        "ADMIN",
                        " ADMIN "))
                .isZero();
    }

    private long audited(String result) {
        return jdbc.queryForObject("select count(*) from audit_records where result = ?", Long.class, result);
    }

    private Long idOf(String name) {
        return community.search(name, 0, 10).items().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
