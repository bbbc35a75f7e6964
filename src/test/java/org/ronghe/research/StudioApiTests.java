package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Studios through the API: opened by the secretariat or the host, people's names sealed and answered masked; the host
 * records innovations whose benefit counts only once the body's secretariat confirms it (never its recorder, never when
 * disputed), and training given; observers read, outsiders neither read nor write.
 */
@IntegrationTest
class StudioApiTests {

    static final String LEADER = "王大明";
    static final String MEMBER = "欧阳小明";

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    Long host;
    Long outsider;
    String secretariat;
    String observer;
    String hostAdmin;
    String outsiderAdmin;
    String both;

    @BeforeEach
    void aBodyWithAHostEnterprise() {
        String tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("工作室测试共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        host = organisation("工作室测试铝业" + tag, OrganisationType.ENTERPRISE);
        outsider = organisation("工作室局外" + tag, OrganisationType.ENTERPRISE);
        admissions.admit(body, host, LocalDate.of(2025, 1, 1), null);
        secretariat = token("st-s-" + tag, Grant.secretariatOf(body));
        observer = token("st-v-" + tag, Grant.observerOf(body));
        hostAdmin = token("st-h-" + tag, Grant.adminOf(host));
        outsiderAdmin = token("st-o-" + tag, Grant.adminOf(outsider));
        both = token("st-b-" + tag, Grant.secretariatOf(body), Grant.adminOf(host));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant... grants) {
        var account = identity.createAccount(username, username, "Studio-Api-2026!", List.of(grants));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json == null ? "" : json));
    }

    String terms(Long hostId, String members) {
        return "{\"bodyId\":" + body + ",\"name\":\"铝材精整劳模创新工作室\",\"kind\":\"MODEL_WORKER\",\"hostId\":" + hostId
                + ",\"leaderName\":\"" + LEADER + "\",\"foundedOn\":\"2020-05-01\""
                + (members == null ? "" : ",\"members\":" + members) + "}";
    }

    Long open() throws Exception {
        String created = send(
                        post("/api/v1/studios"),
                        secretariat,
                        terms(host, "[{\"name\":\"" + MEMBER + "\",\"role\":\"技术骨干\"}]"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    Long innovation(Long studio, String benefit) throws Exception {
        String created = send(
                        post("/api/v1/studios/" + studio + "/innovations"),
                        hostAdmin,
                        "{\"title\":\"挤压模具快速换模\",\"madeOn\":\"2026-03-01\",\"claimedBenefit\":" + benefit + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    String decision(long version, String reason) {
        return "{\"version\":" + version + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @Test
    void namesAreSealedAtRestAndAnsweredMaskedToEveryReader() throws Exception {
        Long studio = open();
        for (String reader : List.of(secretariat, observer, hostAdmin)) {
            String json = send(get("/api/v1/studios/" + studio), reader, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.leaderName").value("王**"))
                    .andExpect(jsonPath("$.members[0].name").value("欧***"))
                    .andExpect(jsonPath("$.members[0].role").value("技术骨干"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(json).doesNotContain(LEADER, MEMBER, "Sealed");
        }
        var row = jdbc.queryForMap(
                "select s.leader_name_sealed, m.name_sealed from research_studios s "
                        + "join research_studio_members m on m.studio_id = s.id where s.id = ?",
                studio);
        assertThat((String) row.get("leader_name_sealed")).isNotEqualTo(LEADER).doesNotContain(LEADER);
        assertThat((String) row.get("name_sealed")).isNotEqualTo(MEMBER).doesNotContain(MEMBER);
        assertThat(jdbc.queryForList(
                        "select coalesce(detail, '') from audit_records where subject = ?",
                        String.class,
                        "studio:" + studio))
                .hasSize(1)
                .noneMatch(d -> d.contains(LEADER) || d.contains(MEMBER) || d.contains("王**"));

        send(get("/api/v1/studios/" + studio), outsiderAdmin, null).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where result = 'DENIED' and subject like ?",
                        Long.class,
                        "%/api/v1/studios/" + studio + "%"))
                .isPositive();
        send(get("/api/v1/studios?bodyId=" + body), observer, null)
                .andExpect(jsonPath("$.total").value(1));
        send(get("/api/v1/studios?bodyId=" + body), outsiderAdmin, null)
                .andExpect(jsonPath("$.total").value(0));
        byte[] sheet = send(get("/api/v1/studios/export?bodyId=" + body), observer, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            workbook.getSheetAt(0).forEach(r -> r.forEach(c -> cells.append(c).append('|')));
        }
        assertThat(cells.toString()).contains("王**").doesNotContain(LEADER, MEMBER);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'research.exported' and subject = 'studios'",
                        Long.class))
                .isPositive();
        send(post("/api/v1/studios"), outsiderAdmin, terms(host, null)).andExpect(status().isForbidden());
        send(post("/api/v1/studios"), observer, terms(host, null)).andExpect(status().isForbidden());
        send(post("/api/v1/studios"), hostAdmin, terms(host, null)).andExpect(status().isCreated());
    }

    @Test
    void aStudioNeedsANameAKindAMemberHostAPastFoundingAndFullNames() throws Exception {
        String future = LocalDate.now().plusDays(40).toString();
        send(
                        post("/api/v1/studios"),
                        secretariat,
                        "{\"bodyId\":" + body + ",\"hostId\":" + outsider + ",\"foundedOn\":\"" + future + "\","
                                + "\"leaderName\":\"王**\",\"members\":[{\"name\":\"\"},{\"name\":\"" + "张".repeat(51)
                                + "\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("请填写工作室名称。"))
                .andExpect(jsonPath("$.errors.kind").value("请选择工作室类型。"))
                .andExpect(jsonPath("$.errors.hostId").value("依托单位须为该共同体的在册成员企业或学校。"))
                .andExpect(jsonPath("$.errors.foundedOn").value("成立日期不能晚于今天。"))
                .andExpect(jsonPath("$.errors.leaderName").value(org.hamcrest.Matchers.containsString("脱敏")))
                .andExpect(jsonPath("$.errors['members[0].name']").value("请填写姓名。"))
                .andExpect(jsonPath("$.errors['members[1].name']")
                        .value(org.hamcrest.Matchers.containsString("最多 50 个字")));
        assertThat(jdbc.queryForObject("select count(*) from research_studios where body_id = ?", Long.class, body))
                .isZero();
    }

    @Test
    void aBenefitCountsOnlyOnceTheSecretariatConfirmsIt() throws Exception {
        Long studio = open();
        String path = "/api/v1/studios/" + studio;
        send(
                        post(path + "/innovations"),
                        secretariat,
                        "{\"title\":\"代录\",\"madeOn\":\"2026-03-01\",\"claimedBenefit\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有依托单位的管理员可以登记工作室的技术革新和培训。"));
        send(post(path + "/innovations"), hostAdmin, "{\"title\":\" \",\"madeOn\":null,\"claimedBenefit\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value("请填写革新项目名称。"))
                .andExpect(jsonPath("$.errors.madeOn").value("请填写完成日期。"))
                .andExpect(jsonPath("$.errors.claimedBenefit").exists());
        Long confirmed = innovation(studio, "120000.50");
        Long disputed = innovation(studio, "80000");
        send(get(path), observer, null)
                .andExpect(jsonPath("$.claimedBenefit").value(200000.50))
                .andExpect(jsonPath("$.confirmedBenefit").value(0));

        String confirm = path + "/innovations/" + confirmed + "/confirm";
        send(post(confirm), hostAdmin, decision(0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("技术革新的效益只能由共同体秘书处确认或提出异议。"));
        send(post(confirm), observer, decision(0, null)).andExpect(status().isForbidden());
        send(post(confirm), outsiderAdmin, decision(0, null)).andExpect(status().isForbidden());
        send(post(confirm), secretariat, decision(1, null)).andExpect(status().isConflict());
        send(post(confirm), secretariat, decision(0, null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        send(post(confirm), secretariat, decision(1, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该技术革新的效益已确认或已提出异议。"));

        String dispute = path + "/innovations/" + disputed + "/dispute";
        send(post(dispute), secretariat, decision(0, " "))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("提出异议须说明原因。"));
        send(post(dispute), secretariat, decision(0, "效益测算缺少财务部门证明"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPUTED"));
        send(get(path), observer, null)
                .andExpect(jsonPath("$.claimedBenefit").value(120000.50))
                .andExpect(jsonPath("$.confirmedBenefit").value(120000.50))
                .andExpect(jsonPath("$.innovations[1].disputeReason").value("效益测算缺少财务部门证明"));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject like ? and result = 'SUCCESS' order by id",
                        String.class,
                        "studio:" + studio + "/innovation:%"))
                .containsExactly(
                        "research.innovation.recorded",
                        "research.innovation.recorded",
                        "research.innovation.confirmed",
                        "research.innovation.disputed");
    }

    @Test
    void nobodyConfirmsAnInnovationTheyRecordedThemselves() throws Exception {
        Long studio = open();
        String created = send(
                        post("/api/v1/studios/" + studio + "/innovations"),
                        both,
                        "{\"title\":\"自录自审\",\"madeOn\":\"2026-02-01\",\"claimedBenefit\":500}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Long innovation = ((Number) JsonPath.read(created, "$.id")).longValue();
        send(post("/api/v1/studios/" + studio + "/innovations/" + innovation + "/confirm"), both, decision(0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("不能确认自己登记的技术革新。"));
        send(
                        post("/api/v1/studios/" + studio + "/innovations/" + innovation + "/confirm"),
                        secretariat,
                        decision(0, null))
                .andExpect(status().isOk());
    }

    @Test
    void aRevisionNamesTheVersionItReadAndKeepsNamesItDoesNotSend() throws Exception {
        Long studio = open();
        String path = "/api/v1/studios/" + studio;
        String renamed =
                "{\"bodyId\":" + body + ",\"name\":\"铝材精整技能大师工作室\",\"kind\":\"SKILL_MASTER\",\"hostId\":" + host + "}";
        send(put(path), hostAdmin, "{\"version\":0,\"terms\":" + renamed + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SKILL_MASTER"))
                .andExpect(jsonPath("$.leaderName").value("王**"))
                .andExpect(jsonPath("$.members[0].name").value("欧***"));
        send(put(path), secretariat, "{\"version\":0,\"terms\":" + renamed + "}")
                .andExpect(status().isConflict());
        send(
                        put(path),
                        secretariat,
                        "{\"version\":1,\"terms\":" + renamed.replace(host.toString(), outsider.toString()) + "}")
                .andExpect(status().isBadRequest());
        send(put(path), outsiderAdmin, "{\"version\":1,\"terms\":" + renamed + "}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aRevisionRemovesTheLeaderAndKeepsChosenMembersWithoutTheirNamesSentAgain() throws Exception {
        Long studio = open();
        String path = "/api/v1/studios/" + studio;
        String added = "{\"bodyId\":" + body + ",\"name\":\"铝材精整劳模创新工作室\",\"kind\":\"MODEL_WORKER\",\"hostId\":" + host
                + ",\"members\":[{\"name\":\"林小溪\",\"role\":\"学徒\"}]}";
        send(put(path), hostAdmin, "{\"version\":0,\"terms\":" + added + ",\"keepMembers\":[0]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaderName").value("王**"))
                .andExpect(jsonPath("$.members[0].name").value("欧***"))
                .andExpect(jsonPath("$.members[1].name").value("林**"));
        send(put(path), hostAdmin, "{\"version\":1,\"terms\":" + added + ",\"keepMembers\":[5]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.keepMembers").value("所选成员已不在该工作室，请刷新页面后重试。"));
        String plain =
                "{\"bodyId\":" + body + ",\"name\":\"铝材精整劳模创新工作室\",\"kind\":\"MODEL_WORKER\",\"hostId\":" + host + "}";
        send(
                        put(path),
                        secretariat,
                        "{\"version\":1,\"terms\":" + plain + ",\"removeLeader\":true,\"keepMembers\":[1]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaderName").doesNotExist())
                .andExpect(jsonPath("$.members.length()").value(1))
                .andExpect(jsonPath("$.members[0].name").value("林**"));
        assertThat(jdbc.queryForObject(
                        "select leader_name_sealed is null and leader_name_masked is null from research_studios "
                                + "where id = ?",
                        Boolean.class,
                        studio))
                .isTrue();
    }

    @Test
    void theHostRecordsTrainingGivenAsSessionsPersonTimesAndHours() throws Exception {
        Long studio = open();
        String path = "/api/v1/studios/" + studio;
        send(
                        post(path + "/trainings"),
                        hostAdmin,
                        "{\"heldOn\":\"2026-04-10\",\"topic\":\"熔铸工艺\",\"participants\":30,\"hours\":4.5}")
                .andExpect(status().isCreated());
        send(
                        post(path + "/trainings"),
                        hostAdmin,
                        "{\"heldOn\":\"2026-05-10\",\"topic\":\"质量控制\",\"participants\":12,\"hours\":2}")
                .andExpect(status().isCreated());
        send(
                        post(path + "/trainings"),
                        hostAdmin,
                        "{\"heldOn\":\"2026-05-10\",\"topic\":\"空\",\"participants\":0,\"hours\":0.25}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.participants").exists())
                .andExpect(jsonPath("$.errors.hours").value("学时须大于 0，最多一位小数。"));
        send(
                        post(path + "/trainings"),
                        observer,
                        "{\"heldOn\":\"2026-04-10\",\"topic\":\"x\",\"participants\":1,\"hours\":1}")
                .andExpect(status().isForbidden());
        send(get(path), observer, null)
                .andExpect(jsonPath("$.trainingSessions").value(2))
                .andExpect(jsonPath("$.personTimes").value(42))
                .andExpect(jsonPath("$.trainingHours").value(6.5));
    }

    @Test
    void theStudioOfTheFoundingReportIsSeededAtItsHostWithNothingInvented() {
        var row = jdbc.queryForMap("""
                select s.kind, o.name as host, s.leader_name_sealed, s.founded_on,
                       (select count(*) from research_innovations i where i.studio_id = s.id) as innovations,
                       (select count(*) from research_studio_members m where m.studio_id = s.id) as members
                from research_studios s join organisations o on o.id = s.host_id
                where s.name = '何希家劳模创新工作室'""");
        assertThat(row)
                .containsEntry("kind", "MODEL_WORKER")
                .containsEntry("host", "西南铝")
                .containsEntry("innovations", 0L)
                .containsEntry("members", 0L);
        assertThat(row.get("leader_name_sealed")).isNull();
        assertThat(row.get("founded_on")).isNull();
    }
}
