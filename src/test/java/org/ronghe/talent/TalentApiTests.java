package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Talent needs and programmes through the API: who posts, validation, search, status, export, programmes. */
@IntegrationTest
class TalentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Admissions admissions;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    Long enterprise;
    Long school;
    Long stranger;
    String enterpriseAdmin;
    String schoolAdmin;
    String strangerAdmin;
    String secretariat;

    @BeforeEach
    void aBodyWithAMemberEnterpriseASchoolAndAStranger() {
        tag = Long.toString(System.nanoTime(), 36);
        body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        enterprise = organisation("人才测试企业" + tag, OrganisationType.ENTERPRISE);
        school = organisation("人才测试职业学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        stranger = organisation("人才局外企业" + tag, OrganisationType.ENTERPRISE);
        admissions.admit(body, enterprise, null, "测试");
        admissions.admit(body, school, null, "测试");
        enterpriseAdmin = token("tn-e-" + tag, Grant.adminOf(enterprise));
        schoolAdmin = token("tn-s-" + tag, Grant.adminOf(school));
        strangerAdmin = token("tn-o-" + tag, Grant.adminOf(stranger));
        secretariat = token("tn-sec-" + tag, Grant.secretariatOf(body));
    }

    Long organisation(String name, OrganisationType type) {
        SchoolLevel level = type == OrganisationType.VOCATIONAL_SCHOOL ? SchoolLevel.HIGHER : null;
        return directory
                .register(new OrganisationDraft(name, type, level, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Talent-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    String need(Long organisation, String post, int headcount) {
        return "{\"bodyId\":" + body + ",\"organisationId\":" + organisation + ",\"post\":\"" + post + "\","
                + "\"majors\":\"有色金属智能冶金技术\",\"level\":\"HIGHER_VOCATIONAL\",\"headcount\":" + headcount
                + ",\"regionCode\":\"500107\",\"skills\":\"電解槽操作 " + tag + "\"}";
    }

    Long posted(String token, String json) throws Exception {
        String created = send(post("/api/v1/talent-needs"), token, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void aMemberEnterprisePostsANeedAndOutsidersCannot() throws Exception {
        Long id = posted(enterpriseAdmin, need(enterprise, "电解铝操作工", 30));
        send(get("/api/v1/talent-needs/" + id), schoolAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.organisationName").value("人才测试企业" + tag))
                .andExpect(jsonPath("$.terms.headcount").value(30));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ?", String.class, "talent-need:" + id))
                .containsExactly("talent.need.posted");

        send(post("/api/v1/talent-needs"), strangerAdmin, need(enterprise, "冒名需求", 1))
                .andExpect(status().isForbidden());
        send(post("/api/v1/talent-needs"), strangerAdmin, need(stranger, "非成员需求", 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.organisationId").value("该单位不是这个共同体的正式成员，不能在此发布需求。"));
        send(
                        put("/api/v1/talent-needs/" + id),
                        strangerAdmin,
                        "{\"version\":0,\"terms\":" + need(enterprise, "改", 1) + "}")
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where result = 'DENIED' and subject = ?",
                        Long.class,
                        "/api/v1/talent-needs/" + id))
                .isEqualTo(1);
        posted(secretariat, need(enterprise, "秘书处代发需求", 2));
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsKept() throws Exception {
        long before = jdbc.queryForObject("select count(*) from talent_needs", Long.class);
        send(
                        post("/api/v1/talent-needs"),
                        enterpriseAdmin,
                        "{\"bodyId\":" + body + ",\"organisationId\":" + enterprise
                                + ",\"post\":\"  \",\"headcount\":0,\"regionCode\":\"990000\",\"periodStarts\":\"2026-09-01\","
                                + "\"periodEnds\":\"2026-01-01\",\"skills\":\"" + "技".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.post").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.level").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.headcount").value("须在 1 到 100000 之间。"))
                .andExpect(jsonPath("$.errors.regionCode").exists())
                .andExpect(jsonPath("$.errors.periodEnds").value("截止日期不能早于开始日期。"))
                .andExpect(jsonPath("$.errors.skills").value("最多 2000 个字，当前为 2001 个字。"));
        assertThat(jdbc.queryForObject("select count(*) from talent_needs", Long.class))
                .isEqualTo(before);
    }

    @Test
    void theListFindsNeedsByWordsInEitherScriptRegionAndStatus() throws Exception {
        Long big = posted(enterpriseAdmin, need(enterprise, "熔铸工", 80));
        Long small = posted(enterpriseAdmin, need(enterprise, "化验员", 5));
        String found = send(
                        get("/api/v1/talent-needs")
                                .param("q", "电解槽 " + tag)
                                .param("region", "500000")
                                .param("sort", "headcount"),
                        schoolAdmin,
                        "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(found, "$.items[*].id"))
                .containsExactly(big.intValue(), small.intValue());
        assertThat(JsonPath.<List<String>>read(found, "$.items[*].regionName")).containsOnly("重庆市九龙坡区");
        send(get("/api/v1/talent-needs").param("q", tag).param("region", "340000"), schoolAdmin, "")
                .andExpect(jsonPath("$.total").value(0));

        send(
                        post("/api/v1/talent-needs/" + small + "/status"),
                        enterpriseAdmin,
                        "{\"version\":0,\"status\":\"FILLED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FILLED"));
        send(
                        put("/api/v1/talent-needs/" + small),
                        enterpriseAdmin,
                        "{\"version\":1,\"terms\":" + need(enterprise, "改", 1) + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有招募中的需求可以修改。"));
        send(post("/api/v1/talent-needs/" + small + "/status"), enterpriseAdmin, "{\"version\":0,\"status\":\"OPEN\"}")
                .andExpect(status().isConflict());
        send(get("/api/v1/talent-needs").param("q", tag).param("status", "OPEN"), schoolAdmin, "")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(big));
    }

    @Test
    void theExportHoldsTheFilteredNeedsInTheUsersLanguage() throws Exception {
        posted(enterpriseAdmin, need(enterprise, "电解铝操作工", 30));
        posted(enterpriseAdmin, need(enterprise, "铝电解工艺员", 3));
        byte[] xlsx = mvc.perform(get("/api/v1/talent-needs/export")
                        .param("q", tag)
                        .header("Authorization", schoolAdmin)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("岗位 / 职业");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("高职（专科）");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("重庆市九龙坡区");
        }
    }

    @Test
    void aSchoolSetsUpAProgrammeAnsweringANeedUnderAnAgreement() throws Exception {
        Long need = posted(enterpriseAdmin, need(enterprise, "电解铝操作工", 30));
        Long agreement = jdbc.queryForObject("select id from agreements where title = '“中铝直通车”项目共建框架协议'", Long.class);
        String terms =
                "{\"name\":\"冶金订单班" + tag + "\",\"kind\":\"ORDER_CLASS\",\"bodyId\":" + body + ",\"agreementId\":"
                        + agreement + ",\"major\":\"冶金技术\",\"intakeYear\":2025,\"plannedSize\":40,\"partners\":["
                        + "{\"organisationId\":" + school + ",\"role\":\"SCHOOL\"},{\"organisationId\":" + enterprise
                        + ",\"role\":\"ENTERPRISE\"}],\"needIds\":[" + need + "]}";
        send(post("/api/v1/programmes"), strangerAdmin, terms).andExpect(status().isForbidden());
        String created = send(post("/api/v1/programmes"), schoolAdmin, terms)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cohorts[0].intakeYear").value(2025))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        send(post("/api/v1/programmes/" + id + "/cohorts"), enterpriseAdmin, "{\"version\":0,\"intakeYear\":2025}")
                .andExpect(status().isConflict());
        send(
                        post("/api/v1/programmes/" + id + "/cohorts"),
                        enterpriseAdmin,
                        "{\"version\":0,\"intakeYear\":2026,\"plannedSize\":45}")
                .andExpect(status().isCreated());
        send(get("/api/v1/programmes").param("needId", need.toString()), strangerAdmin, "")
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].cohorts").value(2))
                .andExpect(jsonPath("$.items[0].schools[0]").value("人才测试职业学院" + tag));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject like ? order by id",
                        String.class,
                        "programme:" + id + "%"))
                .containsExactly("talent.programme.launched", "talent.cohort.opened", "talent.cohort.opened");

        String title = "“中铝直通车”项目共建框架协议";
        mvc.perform(get("/talent/programmes/" + id).with(signedIn("tn-sec-" + tag)))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/talent/programmes/" + id).with(signedIn("tn-s-" + tag)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
        // the edit form keeps the agreement the school may not read, without its title (it once matched a body's id)
        mvc.perform(get("/talent/programmes/" + id + "/edit").with(signedIn("tn-s-" + tag)))
                .andExpect(content()
                        .string(allOf(
                                containsString("<option value=\"" + agreement + "\" selected=\"selected\">已关联的协议"),
                                not(containsString(title)))));
        send(
                        post("/api/v1/programmes"),
                        schoolAdmin,
                        terms.replace("\"agreementId\":" + agreement, "\"agreementId\":" + Long.MAX_VALUE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.agreementId").exists());
    }

    RequestPostProcessor signedIn(String username) {
        return user(RongheUserFactory.forLogin(identity.findByUsername(username).orElseThrow(), Instant.now()));
    }

    /**
     * The attack seen from outside: an enterprise partner of school S2's programme added school S, whose admin then
     * listed S2's students. Only an admin of a school already in the programme may change its schools.
     */
    @Test
    void onlyAnAdminOfASchoolInTheProgrammeLetsAnotherSchoolIn() throws Exception {
        Long other = organisation("人才测试另一学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        String otherAdmin = token("tn-s2-" + tag, Grant.adminOf(other));
        String partners = "{\"organisationId\":" + school + ",\"role\":\"SCHOOL\"},{\"organisationId\":" + enterprise
                + ",\"role\":\"ENTERPRISE\"}";
        String created = send(
                        post("/api/v1/programmes"),
                        schoolAdmin,
                        "{\"name\":\"学徒班" + tag + "\",\"kind\":\"MODERN_APPRENTICESHIP\",\"partners\":[" + partners
                                + "]}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String widened = "{\"version\":%d,\"terms\":{\"name\":\"学徒班" + tag + "\",\"kind\":\"MODERN_APPRENTICESHIP\","
                + "\"partners\":[" + partners + ",{\"organisationId\":" + other + ",\"role\":\"SCHOOL\"}]}}";

        send(put("/api/v1/programmes/" + id), enterpriseAdmin, widened.formatted(0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.partners").value(org.hamcrest.Matchers.startsWith("只有项目中已有学校的管理员")));
        send(get("/api/v1/students").param("programmeId", Long.toString(id)), otherAdmin, "")
                .andExpect(status().isForbidden());
        send(
                        put("/api/v1/programmes/" + id),
                        enterpriseAdmin,
                        ("{\"version\":0,\"terms\":{\"name\":\"学徒班" + tag
                                + "（更名）\",\"kind\":\"MODERN_APPRENTICESHIP\",\"partners\":[" + partners + "]}}"))
                .andExpect(status().isOk());
        send(put("/api/v1/programmes/" + id), schoolAdmin, widened.formatted(1)).andExpect(status().isOk());
        send(get("/api/v1/students").param("programmeId", Long.toString(id)), otherAdmin, "")
                .andExpect(status().isOk());
    }

    @Test
    void aProgrammeNeedsASchoolAndAnEnterpriseInTheirRightRoles() throws Exception {
        String swapped = "{\"name\":\"错配\",\"kind\":\"ORDER_CLASS\",\"partners\":[{\"organisationId\":" + enterprise
                + ",\"role\":\"SCHOOL\"},{\"organisationId\":" + school
                + ",\"role\":\"ENTERPRISE\"}],\"needIds\":[-1]}";
        send(post("/api/v1/programmes"), schoolAdmin, swapped)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['partners[0]']").value(org.hamcrest.Matchers.startsWith("人才测试企业")))
                .andExpect(jsonPath("$.errors['partners[1]']").exists())
                .andExpect(jsonPath("$.errors.needIds").exists());
        send(
                        post("/api/v1/programmes"),
                        schoolAdmin,
                        "{\"name\":\"只有学校\",\"kind\":\"ORDER_CLASS\",\"partners\":[" + "{\"organisationId\":" + school
                                + ",\"role\":\"SCHOOL\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.partners").value("至少需要一所学校和一家企业。"));
    }

    @Test
    void theDemoHasTheChinalcoDirectTrainUnderItsFrameworkAgreement() throws Exception {
        String found = send(get("/api/v1/programmes").param("q", "中鋁直通車"), schoolAdmin, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(found, "$.items[*].name")).containsExactly("中铝直通车");
        assertThat(JsonPath.<List<String>>read(found, "$.items[0].schools")).containsExactly("兰州资源环境职业技术大学");
        assertThat(JsonPath.<List<String>>read(found, "$.items[0].enterprises")).containsExactly("中铝集团");
        Integer agreement = JsonPath.read(found, "$.items[0].agreementId");
        assertThat(jdbc.queryForObject("select title from agreements where id = ?", String.class, agreement))
                .isEqualTo("“中铝直通车”项目共建框架协议");
    }
}
