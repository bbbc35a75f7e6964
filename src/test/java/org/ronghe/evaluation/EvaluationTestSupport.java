package org.ronghe.evaluation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The body, its people and the helpers the evaluation API tests share. */
abstract class EvaluationTestSupport {

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

    static Object point(String json, String code, String path) {
        List<Object> found =
                JsonPath.read(json, "$.groups[*].indicators[*].points[?(@.code == '" + code + "')]." + path);
        return found.isEmpty() ? null : found.get(0);
    }

    static double number(String json, String code, String path) {
        return ((Number) point(json, code, path)).doubleValue();
    }

    String step(long id) {
        return "{\"version\":" + version(id) + "}";
    }

    long version(long id) {
        return jdbc.queryForObject("select version from evaluations where id = ?", Long.class, id);
    }

    ResultActions send(MockHttpServletRequestBuilder request, Account who, String json) throws Exception {
        return mvc.perform(
                auth(request, who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B auth(B request, Account who) {
        return auth(request, who, "zh-CN");
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B auth(B request, Account who, String language) {
        return request.header(
                        "Authorization",
                        "Bearer "
                                + identity.issueToken(who.id(), "t", Duration.ofDays(1))
                                        .secret())
                .header("Accept-Language", language);
    }

    /** Opens the body's self-assessment of {@link #year} as its secretariat; returns its id. */
    long opened() throws Exception {
        String opening = "{\"bodyId\":" + body + ",\"year\":" + year + ",\"frameworkId\":" + city + "}";
        String json = send(post("/api/v1/evaluations"), secretariat, opening)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    Account account(String username, Grant grant) {
        return identity.createAccount(username, username, "Evaluation-Api-2026!", List.of(grant));
    }

    Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }

    /** Keeps a downloaded report in target/reports for a person to look at. */
    static byte[] kept(String name, byte[] content) throws IOException {
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports", name), content);
        return content;
    }
}
