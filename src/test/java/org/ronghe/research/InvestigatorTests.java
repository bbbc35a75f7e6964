package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Principal investigators of a project: named through the API (a revision replaces them, or keeps them when it names
 * none) or one at a time on the project's page; their names are sealed in the database and shown only masked, in JSON,
 * on pages and in the audit trail.
 */
@IntegrationTest
class InvestigatorTests {

    static final String NAME = "李四光明";
    static final String MASKED = "李***";

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    Long enterprise;
    Long university;
    Long outsider;
    String secretariatToken;
    String observerToken;
    String outsiderToken;
    RequestPostProcessor secretariat;
    RequestPostProcessor performer;
    RequestPostProcessor observer;
    RequestPostProcessor stranger;

    @BeforeEach
    void aBodyWithTwoParties() {
        String tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("负责人测试共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        enterprise = organisation("负责人测试铝业" + tag, OrganisationType.ENTERPRISE);
        university = organisation("负责人测试大学" + tag, OrganisationType.UNIVERSITY);
        outsider = organisation("负责人局外" + tag, OrganisationType.ENTERPRISE);
        secretariatToken = token("pi-s-" + tag, Grant.secretariatOf(body));
        observerToken = token("pi-v-" + tag, Grant.observerOf(body));
        outsiderToken = token("pi-o-" + tag, Grant.adminOf(outsider));
        secretariat = login("pi-ps-" + tag, Grant.secretariatOf(body));
        performer = login("pi-pu-" + tag, Grant.adminOf(university));
        observer = login("pi-pv-" + tag, Grant.observerOf(body));
        stranger = login("pi-po-" + tag, Grant.adminOf(outsider));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Investigator-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    RequestPostProcessor login(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Investigator-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    String terms(String investigators) {
        return "{\"bodyId\":" + body + ",\"title\":\"铝电解槽节能攻关\",\"kind\":\"TACKLING\","
                + "\"parties\":[{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\"}]"
                + (investigators == null ? "" : ",\"investigators\":" + investigators) + "}";
    }

    String investigator(Long organisation, String name, String title) {
        return "{\"organisationId\":" + organisation + ",\"name\":" + (name == null ? "null" : "\"" + name + "\"")
                + ",\"title\":" + (title == null ? "null" : "\"" + title + "\"") + "}";
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token)
            throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON));
    }

    Long plan(String investigators) throws Exception {
        String created = send(post("/api/v1/projects").content(terms(investigators)), secretariatToken)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    long version(Long project) {
        return jdbc.queryForObject("select version from research_projects where id = ?", Long.class, project);
    }

    @Test
    void theApiShowsOnlyTheMaskedNameAndTheDatabaseHoldsItSealed() throws Exception {
        String created = send(
                        post("/api/v1/projects")
                                .content(terms("[" + investigator(university, " " + NAME + " ", "教授") + "]")),
                        secretariatToken)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.investigators[0].name").value(MASKED))
                .andExpect(jsonPath("$.investigators[0].title").value("教授"))
                .andExpect(jsonPath("$.investigators[0].organisationId").value(university))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(created).doesNotContain(NAME).doesNotContain("nameSealed");
        Long project = ((Number) JsonPath.read(created, "$.id")).longValue();

        String read = send(get("/api/v1/projects/" + project), observerToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.investigators[0].name").value(MASKED))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(read).doesNotContain(NAME);
        send(get("/api/v1/projects/" + project), outsiderToken).andExpect(status().isForbidden());

        var row = jdbc.queryForMap(
                "select name_sealed, name_masked from research_project_investigators where project_id = ?", project);
        assertThat(row.get("name_masked")).isEqualTo(MASKED);
        assertThat((String) row.get("name_sealed"))
                .isNotEqualTo(NAME)
                .doesNotContain(NAME)
                .contains(":");
        assertThat(jdbc.queryForList(
                        "select coalesce(detail, '') from audit_records where subject = ?",
                        String.class,
                        "project:" + project))
                .isNotEmpty()
                .noneMatch(d -> d.contains(NAME))
                .anyMatch(d -> d.contains(MASKED));
    }

    @Test
    void eachInvestigatorNeedsAPartyANameAndShortTextAndAProjectHasAtMostTwenty() throws Exception {
        String tooMany = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> investigator(enterprise, "王" + i, null))
                .collect(Collectors.joining(",", "[", "]"));
        send(
                        post("/api/v1/projects")
                                .content(terms("[" + investigator(outsider, null, "教".repeat(51)) + ","
                                        + investigator(enterprise, "张".repeat(51), null) + ","
                                        + investigator(university, "李**", null) + "]")),
                        secretariatToken)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors['investigators[0].organisationId']").value("负责人须来自项目参与单位。"))
                .andExpect(jsonPath("$.errors['investigators[0].name']").value("请填写负责人姓名。"))
                .andExpect(jsonPath("$.errors['investigators[0].title']").value(containsString("最多 50 个字")))
                .andExpect(jsonPath("$.errors['investigators[1].name']").value(containsString("最多 50 个字")))
                .andExpect(jsonPath("$.errors['investigators[2].name']").value(containsString("脱敏")));
        send(post("/api/v1/projects").content(terms(tooMany)), secretariatToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.investigators").value("一个项目最多登记 20 名负责人。"));
        assertThat(jdbc.queryForObject("select count(*) from research_projects where body_id = ?", Long.class, body))
                .isZero();
    }

    @Test
    void aRevisionReplacesTheInvestigatorsOrKeepsThemWhenItNamesNone() throws Exception {
        Long project = plan("[" + investigator(university, NAME, "教授") + "]");
        String path = "/api/v1/projects/" + project;
        send(
                        put(path).content("{\"version\":" + version(project) + ",\"terms\":" + terms(null) + "}"),
                        secretariatToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.investigators[0].name").value(MASKED));
        send(
                        put(path)
                                .content("{\"version\":" + version(project) + ",\"terms\":"
                                        + terms("[" + investigator(enterprise, "欧阳小明", "正高级工程师") + "]") + "}"),
                        secretariatToken)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.investigators.length()").value(1))
                .andExpect(jsonPath("$.investigators[0].name").value("欧***"))
                .andExpect(jsonPath("$.investigators[0].title").value("正高级工程师"));
        send(put(path).content("{\"version\":0,\"terms\":" + terms("[]") + "}"), secretariatToken)
                .andExpect(status().isConflict());
        send(put(path).content("{\"version\":" + version(project) + ",\"terms\":" + terms("[]") + "}"), outsiderToken)
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from research_project_investigators where project_id = ?",
                        Long.class,
                        project))
                .isOne();
    }

    @Test
    void onThePageAPartyNamesAndRemovesInvestigatorsAndNobodySeesTheFullName() throws Exception {
        Long project = plan(null);
        String path = "/projects/" + project;
        assertThat(page(path, secretariat, "zh-CN")).contains("id=\"investigators-empty\"", "id=\"investigator-form\"");
        mvc.perform(post(path + "/investigators")
                        .with(performer)
                        .with(csrf())
                        .param("version", Long.toString(version(project)))
                        .param("organisationId", university.toString())
                        .param("name", NAME)
                        .param("title", "教授"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "research.done.investigator-named"));
        mvc.perform(post(path + "/investigators")
                        .with(secretariat)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", Long.toString(version(project)))
                        .param("organisationId", outsider.toString())
                        .param("name", "赵六"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "负责人须来自项目参与单位。"));
        mvc.perform(post(path + "/investigators")
                        .with(observer)
                        .with(csrf())
                        .param("version", Long.toString(version(project)))
                        .param("organisationId", university.toString())
                        .param("name", "钱七"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/investigators").with(stranger).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());

        for (String language : List.of("zh-CN", "zh-TW", "en")) {
            assertThat(page(path, observer, language))
                    .contains(MASKED, "教授", "id=\"investigator-table\"")
                    .doesNotContain(NAME, "id=\"investigator-form\"", "id=\"remove-investigator-0\"");
        }
        assertThat(page(path, observer, "en")).contains("Principal investigators");
        assertThat(page(path, observer, "zh-TW")).contains("項目負責人");
        mvc.perform(get(path).with(stranger)).andExpect(status().isForbidden());

        String remove = path + "/investigators/0/remove";
        mvc.perform(post(remove)
                        .with(secretariat)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0"))
                .andExpect(flash().attribute("problem", containsString("已被其他人修改")));
        assertThat(page(path, secretariat, "zh-CN")).contains("id=\"remove-investigator-0\"", MASKED);
        mvc.perform(post(remove).with(secretariat).with(csrf()).param("version", Long.toString(version(project))))
                .andExpect(flash().attribute("done", "research.done.investigator-unnamed"));
        assertThat(page(path, secretariat, "zh-CN")).contains("id=\"investigators-empty\"");
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "project:" + project))
                .containsSubsequence(
                        "research.project.planned",
                        "research.project.investigator-named",
                        "research.project.investigator-unnamed");
    }

    String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
