package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frameworks in the browser: everyone signed in reads them; a platform admin edits a draft's definition as JSON (a
 * broken JSON or an unknown figure is refused in words and the text kept), publishes it and drafts the next version; an
 * observer does none of it.
 */
@IntegrationTest
class FrameworkPageTests extends EvaluationTestSupport {

    @Autowired
    FrameworkBook book;

    @Test
    void anAdminEditsADraftAsJsonPublishesItAndDraftsTheNextVersion() throws Exception {
        Framework city = book.get(this.city);
        String json = JsonMapper.builder().build().writeValueAsString(city.definition());
        Framework draft = book.draft("page-test-" + tag, "页面测试指标体系" + tag, null, city.definition());
        Account admin = account("fw-a-" + tag, Grant.platformAdmin());
        RequestPostProcessor asAdmin = user(RongheUserFactory.forLogin(admin, Instant.now()));
        RequestPostProcessor asObserver = user(RongheUserFactory.forLogin(observer, Instant.now()));

        assertThat(page("/frameworks", asObserver)).contains("页面测试指标体系" + tag, "市域产教联合体");
        assertThat(page("/frameworks/" + draft.id(), asObserver))
                .contains("1.2.1", "成员单位数量")
                .doesNotContain("edit-form", "publish-form");
        mvc.perform(post("/frameworks/" + draft.id() + "/publish")
                        .param("version", "0")
                        .with(asObserver)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page("/frameworks/" + draft.id(), asAdmin)).contains("edit-form", "publish-form");

        revise(draft.id(), 0, "{\"groups\": [", asAdmin)
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("JSON 无法解析：第 1 行")))
                .andExpect(flash().attribute("json", "{\"groups\": ["));
        revise(draft.id(), 0, json.replace("community.members\"", "community.nonexistent\""), asAdmin)
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("平台没有这个数据项")));
        revise(draft.id(), 0, json.replace("成员单位数量", "成员单位总数"), asAdmin)
                .andExpect(flash().attribute("done", "framework.done.saved"));
        assertThat(book.get(draft.id())
                        .definition()
                        .point("1.2.1")
                        .orElseThrow()
                        .name())
                .isEqualTo("成员单位总数");

        mvc.perform(post("/frameworks/" + draft.id() + "/publish")
                        .param("version", "1")
                        .with(asAdmin)
                        .with(csrf()))
                .andExpect(flash().attribute("done", "framework.done.published"));
        assertThat(book.get(draft.id()).status()).isEqualTo(Framework.Status.PUBLISHED);
        String next = mvc.perform(post("/frameworks/" + draft.id() + "/next-version")
                        .with(asAdmin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(next).isNotEqualTo("/frameworks/" + draft.id());
        assertThat(page(next, asAdmin)).contains("v2", "edit-form");
        assertThat(List.of(book.get(draft.id()).status())).containsExactly(Framework.Status.PUBLISHED);
    }

    private org.springframework.test.web.servlet.ResultActions revise(
            Long id, long version, String definition, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/frameworks/" + id)
                .param("version", String.valueOf(version))
                .param("name", "页面测试指标体系" + tag)
                .param("definition", definition)
                .header("Accept-Language", "zh-CN")
                .with(who)
                .with(csrf()));
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
