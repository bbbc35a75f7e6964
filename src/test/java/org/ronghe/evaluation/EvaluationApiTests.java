package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestClock;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.evaluation.frameworks.Framework;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An evaluation cycle through the API for each role that reaches it: the secretariat opens, declares, attaches evidence
 * and submits; the figure stays frozen while a record added later shows as changed since; the evaluator adjusts with a
 * reason and grades; observers read; the secretariat neither adjusts nor grades, the evaluator does not submit, and an
 * outsider reaches nothing (audited). Frameworks: written by admins and evaluators only, checked, frozen once
 * published.
 */
@IntegrationTest
class EvaluationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    Directory directory;

    @Autowired
    Frameworks frameworks;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    int year;
    Long city;
    Account secretariat;
    Account observer;
    Account evaluator;
    Account outsider;

    @BeforeEach
    void aBodyAndItsPeople() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("评价接口联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        year = LocalDate.now(clock).getYear() - 1;
        city = frameworks.findByCodeOrderByNumberDesc("city-consortium").stream()
                .filter(f -> f.status() == Framework.Status.PUBLISHED)
                .findFirst()
                .orElseThrow()
                .id();
        admissions.admit(body, organisation("评价接口企业" + tag), LocalDate.of(year, 2, 1), null);
        secretariat = account("ev-s-" + tag, Grant.secretariatOf(body));
        observer = account("ev-o-" + tag, Grant.observerOf(body));
        evaluator = identity.createAccount(
                "ev-e-" + tag,
                "ev-e-" + tag,
                "Evaluation-Api-2026!",
                List.of(Grant.observerOf(body), Grant.evaluatorOf(body)));
        outsider = account("ev-x-" + tag, Grant.adminOf(organisation("评价接口局外" + tag)));
    }

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
        send(get("/api/v1/evaluations/" + id), outsider, "").andExpect(status().isForbidden());
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

    private static Object point(String json, String code, String path) {
        List<Object> found =
                JsonPath.read(json, "$.groups[*].indicators[*].points[?(@.code == '" + code + "')]." + path);
        return found.isEmpty() ? null : found.get(0);
    }

    private static double number(String json, String code, String path) {
        return ((Number) point(json, code, path)).doubleValue();
    }

    private String step(long id) {
        return "{\"version\":" + version(id) + "}";
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from evaluations where id = ?", Long.class, id);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Account who, String json) throws Exception {
        return mvc.perform(
                auth(request, who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B auth(B request, Account who) {
        return request.header(
                        "Authorization",
                        "Bearer "
                                + identity.issueToken(who.id(), "t", Duration.ofDays(1))
                                        .secret())
                .header("Accept-Language", "zh-CN");
    }

    private Account account(String username, Grant grant) {
        return identity.createAccount(username, username, "Evaluation-Api-2026!", List.of(grant));
    }

    private Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }
}
