package org.ronghe.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.ronghe.web.FormPages.under;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation form never drops what the binder could not read: it comes back with the value and why. */
@IntegrationTest
class OrganisationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor admin() {
        return user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
    }

    @Test
    void choicesThatCannotBeReadComeBackWithWhyAndNothingIsRegistered() throws Exception {
        String name = "页面无法读取企业" + Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/organisations/new")
                        .with(admin())
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", name)
                        .param("type", "大企业")
                        .param("schoolLevel", "HIGHEST")
                        .param("regionCode", "340800")
                        .param("version", "零")
                        .param("duplicateConfirmed", "也许"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("type", "请从列表中选择。"),
                                under("schoolLevel", "请从列表中选择。"),
                                containsString("表单的版本号无法识别"),
                                containsString("确认框只能勾选或不勾选。"),
                                containsString("value=\"" + name + "\""),
                                containsString("value=\"零\""))));
        assertThat(jdbc.queryForObject("select count(*) from organisations where name = ?", Long.class, name))
                .isZero();
    }

    @Test
    void anEditWithAnUnreadableTypeComesBackInTheUsersLanguageAndChangesNothing() throws Exception {
        String name = "页面编辑企业" + Long.toString(System.nanoTime(), 36);
        Organisation kept = directory.register(
                new OrganisationDraft(name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                true);
        mvc.perform(post("/organisations/" + kept.id() + "/edit")
                        .with(admin())
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("name", name + "改")
                        .param("type", "BIG_ENTERPRISE")
                        .param("version", String.valueOf(kept.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                under("type", "Choose one of the options listed."),
                                containsString("value=\"" + name + "改\""))));
        assertThat(directory.get(kept.id()).name()).isEqualTo(name);
        assertThat(directory.get(kept.id()).type()).isEqualTo(OrganisationType.ENTERPRISE);
    }
}
