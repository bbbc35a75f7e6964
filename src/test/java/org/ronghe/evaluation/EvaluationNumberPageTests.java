package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.RongheUserFactory;

/**
 * Numbers typed in words on the evaluation pages (year, declared figure, self-score, adjusted score, overview years)
 * come back as a problem in the user's language, never as an error page, and nothing is saved.
 */
@IntegrationTest
class EvaluationNumberPageTests extends EvaluationTestSupport {

    @Test
    void aYearInWordsOpensNothing() throws Exception {
        mvc.perform(post("/evaluations")
                        .with(user(RongheUserFactory.forLogin(secretariat, Instant.now())))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("year", "二〇二五")
                        .param("frameworkId", city.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "请填写整数，例如 40。"));
        assertThat(jdbc.queryForObject("select count(*) from evaluations where body_id = ?", Long.class, body))
                .isZero();
    }

    @Test
    void aDeclaredFigureOrScoreInWordsKeepsNothing() throws Exception {
        long id = opened();
        var page = user(RongheUserFactory.forLogin(secretariat, Instant.now()));
        mvc.perform(post("/evaluations/" + id + "/points/1.2.1")
                        .with(page)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0")
                        .param("declared", "六十")
                        .param("statement", "不应保存"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "请填写数字，例如 7.5。"));
        mvc.perform(post("/evaluations/" + id + "/points/2.3.2")
                        .with(page)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("version", "0")
                        .param("statement", "不应保存")
                        .param("selfScore", "four"))
                .andExpect(flash().attribute("problem", "Enter a number in figures, for example 7.5."));
        mvc.perform(post("/evaluations/" + id + "/points/2.3.2/adjustment")
                        .with(user(RongheUserFactory.forLogin(evaluator, Instant.now())))
                        .with(csrf())
                        .header("Accept-Language", "zh-TW")
                        .param("version", "0")
                        .param("score", "四分")
                        .param("reason", "不应保存"))
                .andExpect(flash().attribute("problem", "請填寫數字，例如 7.5。"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from evaluation_entries where evaluation_id = ? and (statement = '不应保存'"
                                + " or declared is not null or self_score is not null or adjust_reason is not null)",
                        Long.class,
                        id))
                .isZero();
        assertThat(version(id)).isZero();
    }

    @Test
    void anOverviewYearInWordsIsExplainedNotRefused() throws Exception {
        String page = mvc.perform(get("/evaluations/overview")
                        .with(user(RongheUserFactory.forLogin(observer, Instant.now())))
                        .header("Accept-Language", "zh-CN")
                        .param("from", "二〇二〇"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("请填写整数，例如 40。");
    }
}
