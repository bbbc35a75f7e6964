package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.docking.matching.Vectors;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Needs and capabilities through the API: who posts and offers, validation, visibility of needs on every path (one
 * need, the list, matches), matching both ways with reasons, traditional script, experts' names.
 */
@IntegrationTest
class DockingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Admissions admissions;

    @Autowired
    Vectors vectors;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    Long enterprise;
    Long school;
    Long institute;
    Long stranger;
    String enterpriseAdmin;
    String schoolAdmin;
    String instituteAdmin;
    String strangerAdmin;
    String secretariat;

    @BeforeEach
    void aBodyWithAnEnterpriseASchoolAnInstituteAndAStranger() {
        tag = Long.toString(System.nanoTime(), 36);
        body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        enterprise = organisation("对接测试铝业" + tag, OrganisationType.ENTERPRISE);
        school = organisation("对接测试职业学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        institute = organisation("对接测试研究院" + tag, OrganisationType.RESEARCH_INSTITUTE);
        stranger = organisation("对接局外企业" + tag, OrganisationType.ENTERPRISE);
        admissions.admit(body, enterprise, null, "测试");
        admissions.admit(body, school, null, "测试");
        enterpriseAdmin = token("dk-e-" + tag, Grant.adminOf(enterprise));
        schoolAdmin = token("dk-s-" + tag, Grant.adminOf(school));
        instituteAdmin = token("dk-i-" + tag, Grant.adminOf(institute));
        strangerAdmin = token("dk-o-" + tag, Grant.adminOf(stranger));
        secretariat = token("dk-sec-" + tag, Grant.secretariatOf(body));
    }

    Long organisation(String name, OrganisationType type) {
        SchoolLevel level = type == OrganisationType.VOCATIONAL_SCHOOL ? SchoolLevel.HIGHER : null;
        return directory
                .register(new OrganisationDraft(name, type, level, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Docking-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request.header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Long created(String path, String token, String json) throws Exception {
        String body = send(post(path), token, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String read(MockHttpServletRequestBuilder request, String token) throws Exception {
        return send(request, token, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String need(String visibility, String title, String description) {
        return "{\"bodyId\":" + body + ",\"organisationId\":" + enterprise + ",\"kind\":\"TECHNOLOGY\",\"title\":\""
                + title + "\",\"description\":\"" + description + "\",\"industry\":\"C32\",\"regionCode\":\"340802\""
                + (visibility == null ? "" : ",\"visibility\":\"" + visibility + "\"") + "}";
    }

    Long capability(String token, Long owner, String kind, String title, String description) throws Exception {
        return created(
                "/api/v1/capabilities",
                token,
                "{\"organisationId\":" + owner + ",\"kind\":\"" + kind + "\",\"title\":\"" + title
                        + "\",\"description\":\"" + description + "\",\"industry\":\"32\",\"regionCode\":\"340800\"}");
    }

    @Test
    void aNeedNeedsOnlyItsOrganisationKindTitleAndDescriptionAndOutsidersCannotPostOne() throws Exception {
        Long id = created(
                "/api/v1/needs",
                enterpriseAdmin,
                "{\"organisationId\":" + enterprise + ",\"kind\":\"SERVICE\",\"title\":\"大型铸件无损检测\","
                        + "\"description\":\"需要对铝合金大型铸件进行 X 射线探伤检测。\"}");
        send(get("/api/v1/needs/" + id), strangerAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terms.visibility").value("PUBLIC"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.organisationName").value("对接测试铝业" + tag));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ?", String.class, "demand:" + id))
                .containsExactly("docking.demand.posted");

        send(post("/api/v1/needs"), strangerAdmin, need(null, "冒名需求", "冒名")).andExpect(status().isForbidden());
        send(post("/api/v1/needs"), null, need(null, "匿名需求", "匿名")).andExpect(status().isUnauthorized());
        String notMember = need(null, "非成员需求", "非成员")
                .replace("\"organisationId\":" + enterprise, "\"organisationId\":" + stranger);
        send(post("/api/v1/needs"), strangerAdmin, notMember)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.organisationId").value("该单位不是这个共同体的正式成员，不能在其中发布需求。"));
        created("/api/v1/needs", secretariat, need("SECRETARIAT", "秘书处代发需求", "代发"));
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsKept() throws Exception {
        long before = jdbc.queryForObject("select count(*) from demands", Long.class);
        send(
                        post("/api/v1/needs"),
                        enterpriseAdmin,
                        "{\"organisationId\":" + enterprise + ",\"title\":\" \",\"description\":\"" + "难".repeat(4001)
                                + "\",\"industry\":\"Z99\",\"regionCode\":\"990000\",\"budgetMin\":500000,"
                                + "\"budgetMax\":100000.123,\"visibility\":\"MEMBERS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.title").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.description").value("最多 4000 个字，当前为 4001 个字。"))
                .andExpect(jsonPath("$.errors.industry").exists())
                .andExpect(jsonPath("$.errors.regionCode").exists())
                .andExpect(jsonPath("$.errors.budgetMax").exists())
                .andExpect(jsonPath("$.errors.visibility").value("只有在共同体内发布的需求才能限定为成员可见或仅秘书处可见。"));
        send(
                        post("/api/v1/capabilities"),
                        schoolAdmin,
                        "{\"organisationId\":" + school + ",\"kind\":\"PATENT\",\"title\":\"一种铝电解槽\","
                                + "\"description\":\"专利\",\"patentNumber\":\"ZL201710601862.4\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.patentNumber").value("专利申请号校验位错误：小数点后应为“3”。"));
        assertThat(jdbc.queryForObject("select count(*) from demands", Long.class))
                .isEqualTo(before);
    }

    @Test
    void membersOnlyAndSecretariatOnlyNeedsReachNobodyElseByAnyPath() throws Exception {
        Long members = created("/api/v1/needs", enterpriseAdmin, need("MEMBERS", "成员可见需求" + tag, "铝电解槽阴极破损检测"));
        Long secret = created("/api/v1/needs", enterpriseAdmin, need("SECRETARIAT", "秘书处可见需求" + tag, "铝电解槽阴极破损检测"));
        Long offer = capability(instituteAdmin, institute, "LAB", "铝电解槽检测实验室" + tag, "铝电解槽阴极破损检测与寿命评估");

        for (Long hidden : List.of(members, secret)) {
            send(get("/api/v1/needs/" + hidden), strangerAdmin, "").andExpect(status().isNotFound());
            send(get("/api/v1/needs/" + hidden + "/matches"), strangerAdmin, "").andExpect(status().isNotFound());
            send(get("/api/v1/needs/" + hidden), null, "").andExpect(status().isNotFound());
            send(get("/api/v1/needs/" + hidden + "/matches"), null, "").andExpect(status().isUnauthorized());
        }
        assertThat(ids(read(get("/api/v1/needs").param("q", tag), strangerAdmin), "$.items[*].id"))
                .isEmpty();
        assertThat(ids(read(get("/api/v1/needs").param("q", tag), null), "$.items[*].id"))
                .isEmpty();
        assertThat(ids(
                        read(get("/api/v1/capabilities/" + offer + "/matches").param("size", "50"), strangerAdmin),
                        "$.items[*].needId"))
                .doesNotContain(members, secret);

        assertThat(ids(read(get("/api/v1/needs").param("q", tag), schoolAdmin), "$.items[*].id"))
                .containsExactly(members);
        send(get("/api/v1/needs/" + secret), schoolAdmin, "").andExpect(status().isNotFound());
        assertThat(ids(
                        read(get("/api/v1/capabilities/" + offer + "/matches").param("size", "50"), schoolAdmin),
                        "$.items[*].needId"))
                .contains(members)
                .doesNotContain(secret);

        assertThat(ids(read(get("/api/v1/needs").param("q", tag), secretariat), "$.items[*].id"))
                .containsExactlyInAnyOrder(members, secret);
        assertThat(ids(
                        read(get("/api/v1/capabilities/" + offer + "/matches").param("size", "50"), secretariat),
                        "$.items[*].needId"))
                .contains(members, secret);
    }

    @Test
    void aNeedFindsTheCapabilityThatAnswersItWithReasonsAndVectorsWithinSeconds() throws Exception {
        Long need = created(
                "/api/v1/needs", enterpriseAdmin, need(null, "电解铝烟气脱硫脱硝", "电解铝生产过程产生的烟气中二氧化硫和氮氧化物超标，需要低成本的烟气脱硫脱硝技术。"));
        Long answer = capability(
                instituteAdmin, institute, "RESULT", "烟气脱硫脱硝一体化技术", "针对有色冶炼烟气，开发了低温催化脱硫脱硝一体化工艺，二氧化硫和氮氧化物排放低于超低排放标准。");
        Long unrelated = capability(schoolAdmin, school, "MAJOR", "学前教育专业", "培养幼儿园教师，掌握幼儿游戏与活动设计。");

        String lexical = read(
                get("/api/v1/needs/" + need + "/matches")
                        .param("ranking", "LEXICAL")
                        .param("size", "50"),
                schoolAdmin);
        List<Long> found = ids(lexical, "$.items[*].capabilityId");
        assertThat(found).as(lexical).contains(answer).doesNotContain(unrelated);
        assertThat(JsonPath.<List<String>>read(
                        lexical, "$.items[?(@.capabilityId == " + answer + ")].reasons[?(@.code == 'TERMS')].terms[*]"))
                .contains("二氧化硫", "氮氧化物");
        assertThat(JsonPath.<List<String>>read(lexical, "$.items[?(@.capabilityId == " + answer + ")].reasons[*].code"))
                .contains("SAME_INDUSTRY", "SAME_CITY");

        vectors.embedPending(1_000);
        assertThat(jdbc.queryForObject("select embedding_model from capabilities where id = ?", String.class, answer))
                .isEqualTo("bge-small-zh-v1.5-q");
        send(get("/api/v1/capabilities/" + answer), instituteAdmin, "")
                .andExpect(jsonPath("$.version").value(0)); // a vector is no edit: nobody's form goes stale
        String hybrid = read(get("/api/v1/needs/" + need + "/matches"), schoolAdmin);
        assertThat(JsonPath.<Number>read(hybrid, "$.items[0].capabilityId").longValue())
                .isEqualTo(answer);
        assertThat(JsonPath.<List<String>>read(hybrid, "$.items[0].reasons[*].code"))
                .contains("SIMILARITY");
        assertThat(JsonPath.<String>read(hybrid, "$.items[0].organisationName")).isEqualTo("对接测试研究院" + tag);
        String back = read(get("/api/v1/capabilities/" + answer + "/matches").param("size", "50"), schoolAdmin);
        assertThat(ids(back, "$.items[*].needId")).contains(need);
    }

    @Test
    void aWithdrawnCapabilityIsMatchedNoMoreByAnyRankingFilteredOrNot() throws Exception {
        Long need = created("/api/v1/needs", enterpriseAdmin, need(null, "钼精矿焙烧" + tag, "钼精矿焙烧烟气含铼，需要铼回收与烟气治理技术。"));
        Long offer = capability(instituteAdmin, institute, "RESULT", "钼焙烧烟气铼回收" + tag, "从钼精矿焙烧烟气中回收铼并治理烟气。");
        vectors.embedPending(1_000);
        for (String ranking : List.of("LEXICAL", "VECTOR", "HYBRID")) {
            assertThat(matched(need, ranking, null)).as(ranking).contains(offer);
            assertThat(matched(need, ranking, "RESULT")).as(ranking).contains(offer);
        }
        send(post("/api/v1/capabilities/" + offer + "/withdraw"), instituteAdmin, "{\"version\":0}")
                .andExpect(status().isOk());
        for (String ranking : List.of("LEXICAL", "VECTOR", "HYBRID")) {
            assertThat(matched(need, ranking, null)).as(ranking).doesNotContain(offer);
            assertThat(matched(need, ranking, "RESULT")).as(ranking).doesNotContain(offer);
        }
    }

    private List<Long> matched(Long need, String ranking, String kind) throws Exception {
        var request = get("/api/v1/needs/" + need + "/matches")
                .param("ranking", ranking)
                .param("size", "50");
        if (kind != null) {
            request.param("kind", kind);
        }
        return ids(read(request, schoolAdmin), "$.items[*].capabilityId");
    }

    @Test
    void aLongNeedIsMatchedOnItsRarestWordsWhereverTheyStand() throws Exception {
        Long rare = capability(instituteAdmin, institute, "RESULT", "碳化硅晶圆", "碳化硅衬底的切割与抛光。");
        String longProblem = "公司现有铝合金型材挤压生产线三条，主要生产建筑门窗型材和工业型材，设备老化，模具寿命短，表面处理采用阳极氧化和粉末喷涂，"
                + "废水处理成本高，能耗偏高，质量检测依靠人工抽检，订单交付周期长，缺少数字化管理系统和熟练技术工人，希望与院校合作开展生产线智能化改造、"
                + "模具设计优化、节能降耗和员工培训。此外计划采购碳化硅晶圆。";
        Long need = created("/api/v1/needs", enterpriseAdmin, need(null, "型材生产线升级" + tag, longProblem));

        String lexical = read(
                get("/api/v1/needs/" + need + "/matches")
                        .param("ranking", "LEXICAL")
                        .param("size", "50"),
                schoolAdmin);
        assertThat(ids(lexical, "$.items[*].capabilityId")).as(lexical).contains(rare);
        assertThat(JsonPath.<List<String>>read(
                        lexical, "$.items[?(@.capabilityId == " + rare + ")].reasons[?(@.code == 'TERMS')].terms[*]"))
                .containsAnyOf("碳化硅", "晶圆");
    }

    @Test
    void traditionalOrMixedScriptFindsTheSameMatchesAsSimplified() throws Exception {
        capability(instituteAdmin, institute, "LAB", "铝合金压铸缺陷分析实验室" + tag, "压铸件气孔、缩松缺陷的检测与工艺优化。");
        capability(instituteAdmin, institute, "RESULT", "再生铝熔体净化技术" + tag, "废铝回收熔炼中除气除渣的熔体净化工艺。");
        vectors.embedPending(1_000);
        Long simplified =
                created("/api/v1/needs", enterpriseAdmin, need(null, "压铸件气孔缺陷" + tag, "铝合金压铸件气孔多，需要缺陷检测与工艺优化。"));
        Long traditional =
                created("/api/v1/needs", enterpriseAdmin, need(null, "壓鑄件氣孔缺陷" + tag, "鋁合金壓鑄件氣孔多，需要缺陷檢測與工藝優化。"));
        Long mixed = created("/api/v1/needs", enterpriseAdmin, need(null, "压铸件氣孔缺陷" + tag, "鋁合金压铸件气孔多，需要缺陷檢測与工艺优化。"));
        vectors.embedPending(1_000);
        List<Long> expected =
                ids(read(get("/api/v1/needs/" + simplified + "/matches"), schoolAdmin), "$.items[*].capabilityId");
        assertThat(expected).isNotEmpty();
        assertThat(ids(read(get("/api/v1/needs/" + traditional + "/matches"), schoolAdmin), "$.items[*].capabilityId"))
                .isEqualTo(expected);
        assertThat(ids(read(get("/api/v1/needs/" + mixed + "/matches"), schoolAdmin), "$.items[*].capabilityId"))
                .isEqualTo(expected);
    }

    @Test
    void anExpertsNameIsSealedAndShownOnlyWithConsentOrToItsOrganisation() throws Exception {
        String expert = "{\"organisationId\":" + institute + ",\"kind\":\"EXPERT\",\"title\":\"铝电解节能专家" + tag
                + "\",\"description\":\"研究方向：铝电解槽热平衡与节能。\",\"expertName\":\"欧阳明远\"";
        Long hidden = created("/api/v1/capabilities", instituteAdmin, expert + ",\"expertNameShown\":false}");
        Long shown = created("/api/v1/capabilities", instituteAdmin, expert + ",\"expertNameShown\":true}");
        send(get("/api/v1/capabilities/" + hidden), schoolAdmin, "")
                .andExpect(jsonPath("$.terms.expertName").value("欧***"));
        send(get("/api/v1/capabilities/" + hidden), instituteAdmin, "")
                .andExpect(jsonPath("$.terms.expertName").value("欧阳明远"));
        send(get("/api/v1/capabilities/" + shown), schoolAdmin, "")
                .andExpect(jsonPath("$.terms.expertName").value("欧阳明远"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from capabilities where expert_name_sealed like '%欧阳%' or text like '%欧阳%'",
                        Long.class))
                .isZero();
        send(
                        put("/api/v1/capabilities/" + hidden),
                        instituteAdmin,
                        "{\"version\":0,\"terms\":"
                                + expert.replace("\"expertName\":\"欧阳明远\"", "\"expertName\":\"欧***\"")
                                        .replace("节能。", "节能与余热利用。")
                                + "}}")
                .andExpect(status().isOk());
        send(get("/api/v1/capabilities/" + hidden), instituteAdmin, "")
                .andExpect(jsonPath("$.terms.expertName").value("欧阳明远"));
        send(put("/api/v1/capabilities/" + hidden), instituteAdmin, "{\"version\":0,\"terms\":" + expert + "}}")
                .andExpect(status().isConflict());
        send(put("/api/v1/capabilities/" + hidden), schoolAdmin, "{\"version\":1,\"terms\":" + expert + "}}")
                .andExpect(status().isForbidden());
    }

    @Test
    void aTalentNeedIsMatchedToMajorsAndCourses() throws Exception {
        Long major = capability(schoolAdmin, school, "MAJOR", "有色金属智能冶金技术专业" + tag, "培养电解铝、铜冶炼生产操作与智能控制的技术技能人才。");
        String talentNeed = "{\"bodyId\":" + body + ",\"organisationId\":" + enterprise + ",\"post\":\"电解铝操作工\","
                + "\"majors\":\"有色金属智能冶金技术\",\"level\":\"HIGHER_VOCATIONAL\",\"headcount\":20}";
        Long id = created("/api/v1/talent-needs", enterpriseAdmin, talentNeed);
        assertThat(ids(
                        read(
                                get("/api/v1/talent-needs/" + id + "/matches")
                                        .param("kind", "MAJOR,TRAINING")
                                        // other tests' courses (铝电解工 training) would rank here too
                                        .param("bodyId", body.toString()),
                                schoolAdmin),
                        "$.items[*].capabilityId"))
                .contains(major);
    }

    @Test
    void theSampleBodyHasMarkedNeedsAndCapabilitiesThatFindEachOtherAndAProposalToAnswer() throws Exception {
        String needs = read(get("/api/v1/needs").param("q", "数控机床主轴热变形"), null);
        assertThat(JsonPath.<List<String>>read(needs, "$.items[*].title")).contains("数控机床主轴热变形补偿（示例）");
        assertThat(JsonPath.<List<Boolean>>read(needs, "$.items[*].sample")).containsOnly(true);
        Long need = ids(needs, "$.items[*].id").get(0);
        String matches = read(get("/api/v1/needs/" + need + "/matches").param("ranking", "LEXICAL"), schoolAdmin);
        assertThat(JsonPath.<List<String>>read(matches, "$.items[*].title")).contains("机床热误差建模与实时补偿技术（示例）");
        assertThat(jdbc.queryForObject(
                        "select count(*) from dockings where status = 'PROPOSED' and title like '%（示例）%'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void exportsHoldWhatTheCallerMaySeeAndMaskExpertsNames() throws Exception {
        Long members = created("/api/v1/needs", enterpriseAdmin, need("MEMBERS", "导出成员需求" + tag, "铝电解槽阴极破损检测"));
        created(
                "/api/v1/capabilities",
                instituteAdmin,
                "{\"organisationId\":" + institute + ",\"kind\":\"EXPERT\","
                        + "\"title\":\"导出专家" + tag + "\",\"description\":\"铝电解槽阴极破损检测\",\"expertName\":\"诸葛明\","
                        + "\"expertNameShown\":true}");
        assertThat(cells(get("/api/v1/needs/export").param("q", tag), strangerAdmin))
                .doesNotContain("导出成员需求" + tag);
        assertThat(cells(get("/api/v1/needs/export").param("q", tag), schoolAdmin))
                .contains("导出成员需求" + tag, "技术需求", "对接测试铝业" + tag, "征集中");
        assertThat(cells(get("/api/v1/capabilities/export").param("q", tag), instituteAdmin))
                .contains("导出专家" + tag, "诸**")
                .doesNotContain("诸葛明");
        assertThat(cells(get("/api/v1/needs/" + members + "/matches/export"), schoolAdmin))
                .contains("导出专家" + tag);
        send(get("/api/v1/needs/" + members + "/matches/export"), strangerAdmin, "")
                .andExpect(status().isNotFound());
    }

    List<String> cells(MockHttpServletRequestBuilder request, String token) throws Exception {
        byte[] file = send(request, token, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> cells = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        return cells;
    }

    static List<Long> ids(String json, String path) {
        return JsonPath.<List<Number>>read(json, path).stream()
                .map(Number::longValue)
                .toList();
    }
}
