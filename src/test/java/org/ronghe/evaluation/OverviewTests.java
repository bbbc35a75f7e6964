package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Governance;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guiding department's view: a provincial department's admins see every body of the province (its cities too) and
 * no other, side by side by year with grade, total and frozen key figures, but open only the evaluations they read; a
 * guiding committee member sees the bodies it guides; a platform admin narrows to a city; others see nothing; bad years
 * and region codes are refused in words.
 */
@IntegrationTest
class OverviewTests extends EvaluationTestSupport {

    @Autowired
    Governance governance;

    @Test
    void departmentsSeeTheirRegionAndGuidingCommitteesTheirBodiesYearByYear() throws Exception {
        String province = "65"; // Xinjiang: no demo body is there, so the counts below are this test's alone
        Long urumqi = body("乌鲁木齐总览联合体" + tag, "650100");
        Long karamay = body("克拉玛依总览联合体" + tag, "650200");
        Long elsewhere = body("北京总览共同体" + tag, "110000");
        long graded = gradedEvaluationOf(urumqi);
        Account department = departmentAdmin("新疆总览教育厅" + tag, province + "0000");
        Long bureau = organisation("克拉玛依总览教育局" + tag);
        governance.appointToCommittee(karamay, community.get(karamay).version(), bureau);
        Account bureauAdmin = account("ov-g-" + tag, Grant.adminOf(bureau));

        int y = year;
        String json = send(
                        get("/api/v1/evaluations/overview?region=650000&from=" + (y - 1) + "&to=" + y), department, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodies.total").value(2))
                .andExpect(jsonPath("$.years.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("北京总览共同体");
        String cell = "$.bodies.items[?(@.body.id == " + urumqi + ")].years['" + y + "']";
        assertThat((List<Object>) JsonPath.read(json, cell + ".grade")).containsExactly(gradeOf(graded));
        List<Number> members = JsonPath.read(json, cell + ".figures['community.members']");
        assertThat(members)
                .singleElement()
                .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(1));
        assertThat((List<Object>) JsonPath.read(json, "$.bodies.items[?(@.body.id == " + urumqi + ")].readable"))
                .containsExactly(false);
        assertThat((List<Object>) JsonPath.read(json, "$.trend[?(@.year == " + y + ")].evaluated"))
                .containsExactly(1);

        send(get("/api/v1/evaluations/overview?guided=true"), bureauAdmin, "")
                .andExpect(jsonPath("$.bodies.total").value(1))
                .andExpect(jsonPath("$.bodies.items[0].body.id").value(karamay));
        send(get("/api/v1/evaluations/overview?region=650000"), outsider, "")
                .andExpect(jsonPath("$.bodies.total").value(0));
        send(get("/api/v1/evaluations/overview?region=650100"), secretariat, "")
                .andExpect(jsonPath("$.bodies.total").value(1))
                .andExpect(jsonPath("$.bodies.items[0].readable").value(true));
        Account admin = account("ov-a-" + tag, Grant.platformAdmin());
        send(get("/api/v1/evaluations/overview?region=110000"), admin, "")
                .andExpect(jsonPath("$.bodies.items[?(@.body.id == " + elsewhere + ")]")
                        .exists());
        Long national = body("全国总览共同体" + tag, null);
        assertThat(seenUnfiltered(admin, national)).isTrue();
        assertThat(seenUnfiltered(department, national)).isFalse();
        send(get("/api/v1/evaluations/overview?from=2020&to=2019"), department, "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value("年度范围有误：起始年度不能晚于截止年度，最多并列 10 年。"));
        send(get("/api/v1/evaluations/overview?region=659999"), department, "").andExpect(status().isBadRequest());

        String page = mvc.perform(get("/evaluations/overview?region=650000")
                        .with(user(RongheUserFactory.forLogin(department, Instant.now())))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("乌鲁木齐总览联合体" + tag, "克拉玛依总览联合体" + tag, "共 2 个机构", "overview-chart")
                .doesNotContain("北京总览共同体" + tag, "/evaluations/" + graded + "\"");
    }

    /** Opens, submits and grades the body's evaluation of {@link #year} as its secretariat and evaluator. */
    private long gradedEvaluationOf(Long id) throws Exception {
        body = id;
        Account s = account("ov-s-" + tag, Grant.secretariatOf(id));
        Account e = identity.createAccount(
                "ov-e-" + tag, "ov-e-" + tag, "Evaluation-Api-2026!", List.of(Grant.evaluatorOf(id)));
        admissions.admit(id, organisation("总览成员企业" + tag), java.time.LocalDate.of(year, 2, 1), null);
        secretariat = s;
        long evaluation = opened();
        send(put("/api/v1/evaluations/" + evaluation + "/points/1.2.1"), s, "{\"version\":0,\"declared\":1}")
                .andExpect(status().isOk());
        send(post("/api/v1/evaluations/" + evaluation + "/submit"), s, step(evaluation))
                .andExpect(status().isOk());
        send(post("/api/v1/evaluations/" + evaluation + "/grade"), e, step(evaluation))
                .andExpect(status().isOk());
        return evaluation;
    }

    /** Whether the body is on any page of the viewer's overview without a region. */
    private boolean seenUnfiltered(Account viewer, Long bodyId) throws Exception {
        for (int p = 0; ; p++) {
            String json = send(get("/api/v1/evaluations/overview?size=100&page=" + p), viewer, "")
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!((List<?>) JsonPath.read(json, "$.bodies.items[?(@.body.id == " + bodyId + ")]")).isEmpty()) {
                return true;
            }
            if ((p + 1) * 100L >= ((Number) JsonPath.read(json, "$.bodies.total")).longValue()) {
                return false;
            }
        }
    }

    private String gradeOf(long evaluation) {
        return jdbc.queryForObject("select grade from evaluations where id = ?", String.class, evaluation);
    }

    private Long body(String name, String region) {
        return community
                .found(new BodyDraft(name, null, BodyKind.CITY_CONSORTIUM, null, region, null, null))
                .id();
    }

    private Account departmentAdmin(String name, String region) {
        Long id = directory
                .register(
                        new OrganisationDraft(
                                name,
                                OrganisationType.GOVERNMENT_DEPARTMENT,
                                null,
                                null,
                                region,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        return account("ov-d-" + tag, Grant.adminOf(id));
    }
}
