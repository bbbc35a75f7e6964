package org.ronghe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.WithMailServer;
import org.ronghe.audit.AuditHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "Forgot password": a link by e-mail in the owner's language, good once and for 30 minutes; nobody learns who exists.
 */
@IntegrationTest
class PasswordRecoveryTests extends WithMailServer {

    static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    TestClock clock;

    @Autowired
    AuditHistory audit;

    String username;
    String address;
    int client;

    @BeforeEach
    void anAccountWithAnAddress() {
        username = "rec-" + Long.toString(System.nanoTime(), 36);
        address = username + "@example.cn";
        Account account = identity.createAccount(username, "找回测试", "Old-Pass-2026!", List.of());
        identity.changeContact(account.id(), address, "zh-CN", Notifying.EACH);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    /** Each request from another client address: the per-client limit is tested on its own. */
    RequestPostProcessor fromAClient() {
        String from = "198.51.100." + (++client % 250);
        return r -> {
            r.setRemoteAddr(from);
            return r;
        };
    }

    String askForALink(String name) throws Exception {
        int before = smtp.getReceivedMessages().length;
        mvc.perform(post("/password/forgot")
                        .param("username", name)
                        .with(csrf())
                        .with(fromAClient()))
                .andExpect(redirectedUrl("/password/forgot"))
                .andExpect(flash().attribute("sent", true));
        assertThat(smtp.waitForIncomingEmail(5000, before + 1)).isTrue();
        String body = text(mailTo(address).get(mailTo(address).size() - 1));
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    @Test
    void theOwnerSetsANewPasswordThroughTheLinkOnceOnly() throws Exception {
        String token = askForALink(username);
        assertThat(mailTo(address).get(0).getSubject()).isEqualTo("[融合] 重置密码");
        assertThat(text(mailTo(address).get(0))).contains("找回测试，您好：", "账户 " + username + " 的密码", "30 分钟");

        mvc.perform(get("/password/reset").param("token", token).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("设置新密码"), containsString("name=\"newPassword\""))));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("newPassword", "New-Pass-2026!")
                        .param("confirmPassword", "New-Pass-2027!")
                        .with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("两次输入的新密码不一致")));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("newPassword", "short")
                        .param("confirmPassword", "short")
                        .with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("密码太短")));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("newPassword", "New-Pass-2026!")
                        .param("confirmPassword", "New-Pass-2026!")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?recovered"));

        mvc.perform(formLogin().user(username).password("Old-Pass-2026!")).andExpect(unauthenticated());
        mvc.perform(formLogin().user(username).password("New-Pass-2026!")).andExpect(authenticated());
        mvc.perform(get("/password/reset").param("token", token).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("这个链接已失效")));
        mvc.perform(post("/api/v1/password-recoveries/reset")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + token + "\",\"newPassword\":\"Another-Pass-2026!\"}"))
                .andExpect(status().isConflict());
        assertThat(audit.of("account:" + username, 20))
                .extracting(r -> r.action() + "/" + r.result())
                .contains("account.recovery-requested/SENT", "account.password-recovered/SUCCESS");
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesAndANewerOneReplacesIt() throws Exception {
        String first = askForALink(username);
        String second = askForALink(username);
        mvc.perform(get("/password/reset").param("token", first))
                .andExpect(content().string(containsString("link-gone")));
        clock.advance(Duration.ofMinutes(31));
        mvc.perform(get("/password/reset").param("token", second))
                .andExpect(content().string(containsString("link-gone")));
        mvc.perform(post("/password/reset")
                        .param("token", second)
                        .param("newPassword", "New-Pass-2026!")
                        .param("confirmPassword", "New-Pass-2026!")
                        .with(csrf()))
                .andExpect(content().string(containsString("link-gone")));
    }

    @Test
    void unknownAccountsAndAccountsWithoutAnAddressGetTheSameAnswerAndNoMail() throws Exception {
        identity.createAccount(username + "-x", "无邮箱", "Old-Pass-2026!", List.of());
        int before = smtp.getReceivedMessages().length;
        for (String name : List.of("nobody-" + username, username + "-x")) {
            mvc.perform(post("/password/forgot")
                            .param("username", name)
                            .with(csrf())
                            .with(fromAClient()))
                    .andExpect(redirectedUrl("/password/forgot"))
                    .andExpect(flash().attribute("sent", true));
        }
        mvc.perform(post("/api/v1/password-recoveries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody-" + username + "\"}")
                        .with(fromAClient()))
                .andExpect(status().isAccepted());
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void oneClientCannotAskWithoutEnd() throws Exception {
        RequestPostProcessor sameClient = r -> {
            r.setRemoteAddr("203.0.113.9");
            return r;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password/forgot")
                            .param("username", "nobody")
                            .with(csrf())
                            .with(sameClient))
                    .andExpect(flash().attribute("sent", true));
        }
        mvc.perform(post("/password/forgot")
                        .param("username", "nobody")
                        .with(csrf())
                        .with(sameClient))
                .andExpect(flash().attribute("tooMany", true));
    }
}
