package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Account;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An evaluation cycle through the API for each role that reaches it: the secretariat opens, declares, attaches evidence
 * and submits; the figure stays frozen while a record added later shows as changed since; the evaluator adjusts with a
 * reason and grades; observers read; the secretariat neither adjusts nor grades, the evaluator does not submit, and an
 * outsider reaches nothing (audited). Frameworks: written by admins and evaluators only, checked, frozen once
 * published.
 */
@IntegrationTest
class EvaluationApiTests extends EvaluationTestSupport {

    @Test
    void aCycleIsOpenedFilledSubmittedAdjustedAndGradedEachByItsRole() throws Exception {
        String opening = "{\"bodyId\":" + body + ",\"year\":" + year + ",\"frameworkId\":" + city + "}";
        send(post("/api/v1/evaluations"), outsider, opening).andExpect(status().isForbidden());
        send(post("/api/v1/evaluations"), evaluator, opening).andExpect(status().isForbidden());
        String opened = send(post("/api/v1/evaluations"), secretariat, opening)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
        assertThat(number(opened, "1.2.1", "live.value")).isEqualTo(1);
        assertThat(point(opened, "1.2.1", "live.recordsHref")).isEqualTo("/bodies/" + body + "/members");
        send(post("/api/v1/evaluations"), secretariat, opening).andExpect(status().isConflict());

        send(put("/api/v1/evaluations/" + id + "/points/1.2.1"), secretariat, "{\"version\":0,\"declared\":60}")
                .andExpect(status().isOk());
        send(put("/api/v1/evaluations/" + id + "/points/1.2.1"), secretariat, "{\"version\":0,\"declared\":61}")
                .andExpect(status().isConflict());
        send(put("/api/v1/evaluations/" + id + "/points/1.2.1"), secretariat, "{\"version\":1,\"declared\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.declared").value("申报数不能为负数，最多 16 位整数、4 位小数"));
        send(
                        put("/api/v1/evaluations/" + id + "/points/1.2.1"),
                        secretariat,
                        "{\"version\":1,\"statement\":\"" + "长".repeat(2_001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.statement").exists());
        send(
                        put("/api/v1/evaluations/" + id + "/points/2.3.2"),
                        secretariat,
                        "{\"version\":1,\"statement\":\"不应保存\",\"selfScore\":4.555}")
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select count(*) from evaluation_entries where evaluation_id = ? and statement = '不应保存'",
                        Long.class,
                        id))
                .as("a refused self-score keeps nothing of the declaration")
                .isZero();
        send(put("/api/v1/evaluations/" + id + "/points/2.3.2"), observer, "{\"version\":1,\"selfScore\":4}")
                .andExpect(status().isForbidden());
        send(
                        put("/api/v1/evaluations/" + id + "/points/2.3.2"),
                        secretariat,
                        "{\"version\":1,\"statement\":\"校企共建案例两项\",\"selfScore\":4}")
                .andExpect(status().isOk());
        String attached = mvc.perform(auth(
                        multipart("/api/v1/evaluations/" + id + "/points/2.3.2/evidence")
                                .file(new MockMultipartFile(
                                        "file",
                                        "案例.pdf",
                                        "application/pdf",
                                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                                .param("version", String.valueOf(version(id))),
                        secretariat))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Object evidence = point(attached, "2.3.2", "evidenceFileId");
        send(get("/api/v1/evaluations/" + id + "/evidence/" + evidence), observer, "")
                .andExpect(status().isOk());
        send(get("/api/v1/evaluations/" + id + "/evidence/" + evidence), outsider, "")
                .andExpect(status().isForbidden());
        String earlier = "{\"bodyId\":" + body + ",\"year\":" + (year - 1) + ",\"frameworkId\":" + city + "}";
        long other = ((Number) JsonPath.read(
                        send(post("/api/v1/evaluations"), secretariat, earlier)
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        "$.id"))
                .longValue();
        send(get("/api/v1/evaluations/" + other + "/evidence/" + evidence), secretariat, "")
                .andExpect(status().isNotFound());

        send(post("/api/v1/evaluations/" + id + "/submit"), evaluator, step(id)).andExpect(status().isForbidden());
        send(post("/api/v1/evaluations/" + id + "/submit"), secretariat, step(id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));

        admissions.admit(body, organisation("评价后加入" + tag), LocalDate.of(year, 6, 1), null);
        String later = send(get("/api/v1/evaluations/" + id), observer, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changedSince").value(greaterThanOrEqualTo(1)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(number(later, "1.2.1", "frozen.value")).isEqualTo(1);
        assertThat(number(later, "1.2.1", "live.value")).isEqualTo(2);
        assertThat(point(later, "1.2.1", "changedSince")).isEqualTo(true);
        assertThat(number(later, "1.2.1", "declared")).isEqualTo(60);

        String adjust = "/api/v1/evaluations/" + id + "/points/2.3.2/adjustment";
        send(post(adjust), secretariat, "{\"version\":" + version(id) + ",\"score\":5,\"reason\":\"自评偏低\"}")
                .andExpect(status().isForbidden());
        send(post(adjust), evaluator, "{\"version\":" + version(id) + ",\"score\":5,\"reason\":\" \"}")
                .andExpect(status().isConflict());
        send(post(adjust), evaluator, "{\"version\":" + version(id) + ",\"score\":5,\"reason\":\"案例经核实\"}")
                .andExpect(status().isOk());
        send(post("/api/v1/evaluations/" + id + "/grade"), secretariat, step(id))
                .andExpect(status().isForbidden());
        String graded = send(post("/api/v1/evaluations/" + id + "/grade"), evaluator, step(id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GRADED"))
                .andExpect(jsonPath("$.vetoed").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(point(graded, "2.3.2", "adjustReason")).isEqualTo("案例经核实");
        assertThat(number(graded, "2.3.2", "score")).isEqualTo(4);
        assertThat(number(graded, "2.3.2", "finalScore")).isEqualTo(5);

        send(get("/api/v1/evaluations?bodyId=" + body), observer, "")
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].grade").value("不合格"));
        send(get("/api/v1/evaluations"), outsider, "")
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        send(get("/api/v1/evaluations?bodyId=" + body), outsider, "").andExpect(status().isForbidden());
        send(get("/api/v1/evaluations/" + id), outsider, "").andExpect(status().isForbidden());
        String bodyPage = page("/bodies/" + body, evaluator)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bodyPage).contains("id=\"body-evaluations\"", "href=\"/evaluations?bodyId=" + body + "\"");
        String list = page("/evaluations?bodyId=" + body, evaluator)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("id=\"body-filter\"", "href=\"/evaluations/" + id + "\"");
        page("/evaluations?bodyId=" + body, outsider).andExpect(status().isForbidden());
        assertThat(page("/bodies/" + body, outsider)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("id=\"body-evaluations\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where subject = ? and result = 'DENIED'",
                        Long.class,
                        "/api/v1/evaluations/" + id))
                .isPositive();
    }

    @Test
    void frameworksAreWrittenByAdminsAndEvaluatorsCheckedAndFrozenOncePublished() throws Exception {
        String definition = "{\"groups\":[{\"code\":\"1\",\"name\":\"基础\",\"indicators\":[{\"code\":\"1.1\","
                + "\"name\":\"成员\",\"points\":[{\"code\":\"1.1.1\",\"name\":\"成员数\",\"kind\":\"COMPUTED\","
                + "\"maxScore\":10,\"figure\":\"%s\",\"rule\":{\"type\":\"LINEAR\",\"low\":0,\"high\":50}}]}]}],"
                + "\"scale\":[{\"name\":\"合格\",\"atLeast\":6}],\"failingGrade\":\"不合格\"}";
        String good = definition.formatted("community.members");
        String draft = "{\"code\":\"%s\",\"name\":\"测试指标" + tag + "\",\"definition\":%s}";
        send(post("/api/v1/frameworks"), secretariat, draft.formatted("t-" + tag, good))
                .andExpect(status().isForbidden());
        send(post("/api/v1/frameworks"), evaluator, draft.formatted("不行 " + tag, good))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.code").exists());
        send(post("/api/v1/frameworks"), evaluator, draft.formatted("t-" + tag, definition.formatted("no.such")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['1.1.1']").value("平台没有这个数据项"));
        String created = send(post("/api/v1/frameworks"), evaluator, draft.formatted("t-" + tag, good))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.framework.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(created, "$.framework.id")).longValue();
        send(post("/api/v1/frameworks/" + id + "/publish"), evaluator, "{\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework.status").value("PUBLISHED"));
        send(put("/api/v1/frameworks/" + id), evaluator, "{\"version\":1,\"definition\":" + good + "}")
                .andExpect(status().isConflict());
        send(post("/api/v1/frameworks/" + id + "/next-version"), evaluator, "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.framework.number").value(2))
                .andExpect(jsonPath("$.framework.status").value("DRAFT"));
        send(get("/api/v1/frameworks/figures"), observer, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'community.members')].unit").value("COUNT"));
    }

    private ResultActions page(String path, Account who) throws Exception {
        return mvc.perform(get(path)
                .header("Accept-Language", "zh-CN")
                .with(user(RongheUserFactory.forLogin(who, Instant.now()))));
    }
}
