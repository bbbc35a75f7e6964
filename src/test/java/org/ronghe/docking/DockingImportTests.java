package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.core.CreditCode;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Needs and capabilities from .xlsx: the templates, a sheet with bad rows refused with a row report in the reader's
 * language and nothing written, its valid rows imported on request, searchable and matchable; organisations by credit
 * code or name, only those the importer may post for; the secretariat imports its members' needs; strangers cannot.
 */
@IntegrationTest
class DockingImportTests {

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

    String tag;
    Long body;
    Long enterprise;
    String enterpriseCode;
    Long school;
    Long outsider;
    Account enterpriseAdmin;
    Account schoolAdmin;
    Account secretariat;

    @BeforeEach
    void aBodyWithMembers() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("导入联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        String first17 = "91340800" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        enterpriseCode = first17 + CreditCode.checkCharacter(first17);
        enterprise = organisation("导入铜业" + tag, OrganisationType.ENTERPRISE, enterpriseCode);
        school = organisation("导入职业学院" + tag, OrganisationType.VOCATIONAL_SCHOOL, null);
        outsider = organisation("导入局外企业" + tag, OrganisationType.ENTERPRISE, null);
        admissions.admit(body, enterprise, null, "测试");
        admissions.admit(body, school, null, "测试");
        enterpriseAdmin = account("im-e-" + tag, Grant.adminOf(enterprise));
        schoolAdmin = account("im-s-" + tag, Grant.adminOf(school));
        secretariat = account("im-c-" + tag, Grant.secretariatOf(body));
    }

    Long organisation(String name, OrganisationType type, String code) {
        return directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.VOCATIONAL_SCHOOL
                                        ? org.ronghe.directory.SchoolLevel.HIGHER
                                        : null,
                                code,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
    }

    Account account(String username, Grant grant) {
        return identity.createAccount(username, username, "Docking-Import-2026!", List.of(grant));
    }

    String bearer(Account account) {
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions upload(String path, Account who, byte[] sheet, Long bodyId, Long organisationId, boolean validOnly)
            throws Exception {
        var request = multipart(path)
                .file(new MockMultipartFile("file", "清单.xlsx", "application/octet-stream", sheet))
                .param("validOnly", String.valueOf(validOnly))
                .header("Authorization", bearer(who))
                .header("Accept-Language", "zh-CN");
        if (bodyId != null) {
            request.param("bodyId", bodyId.toString());
        }
        if (organisationId != null) {
            request.param("organisationId", organisationId.toString());
        }
        return mvc.perform(request);
    }

    Map<String, Object> finished(ResultActions started, Account who) throws Exception {
        String location = started.andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String token = bearer(who);
        for (int i = 0; i < 600; i++) {
            String json = mvc.perform(get(location).header("Authorization", token))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, Object> job = JsonPath.read(json, "$");
            if (!List.of("QUEUED", "VALIDATING", "IMPORTING", "INDEXING").contains(job.get("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    static List<String> needRow(String... cells) {
        List<String> row = new ArrayList<>(List.of(cells));
        while (row.size() < 15) {
            row.add("");
        }
        return row;
    }

    long needsOf(Long organisation) {
        return jdbc.queryForObject("select count(*) from demands where organisation_id = ?", Long.class, organisation);
    }

    @Test
    void badRowsAreReportedNothingIsWrittenAndTheValidRowsAreImportedOnRequest() throws Exception {
        byte[] sheet = TestFiles.xlsx(List.of(
                needRow("单位", "类型"),
                needRow(
                        enterpriseCode,
                        "技术需求",
                        "铜电解槽面检测" + tag,
                        "电解槽面温度与短路在线检测。",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "C32",
                        "340800",
                        "100,000",
                        "300000",
                        "2027-06-30",
                        "共同体成员可见"),
                needRow("导入铜业" + tag, "TRAINING", "班组长培训" + tag, "三十名班组长的精益管理培训。", "", "", "班组长", "30"),
                needRow("", "技术需求", "没有单位的需求" + tag, "描述"),
                needRow("导入局外企业" + tag, "技术需求", "局外" + tag, "描述"),
                needRow(enterpriseCode, "研发", "类型不对" + tag, "描述", "", "", "", "三十"),
                needRow(enterpriseCode, "技术需求", "", "描述", "", "", "", "", "", "Z99", "", "5", "1")));
        Map<String, Object> rejected =
                finished(upload("/api/v1/needs/imports", enterpriseAdmin, sheet, body, null, false), enterpriseAdmin);
        assertThat(rejected)
                .containsEntry("status", "REJECTED")
                .containsEntry("rowsRead", 6)
                .containsEntry("invalidRows", 4);
        assertThat(needsOf(enterprise)).isZero();
        String problems = mvc.perform(get("/api/v1/docking-imports/" + rejected.get("id") + "/problems")
                        .header("Authorization", bearer(enterpriseAdmin))
                        .header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> cells = JsonPath.read(problems, "$[*].column");
        List<Integer> rows = JsonPath.read(problems, "$[*].row");
        assertThat(rows).contains(4, 5, 6, 7).doesNotContain(2, 3);
        assertThat(cells).contains("A", "B", "H", "C", "J", "M");
        assertThat(JsonPath.<List<String>>read(problems, "$[?(@.row == 5)].reason")
                        .get(0))
                .startsWith("你不能为该单位导入");
        assertThat(JsonPath.<List<String>>read(problems, "$[?(@.row == 4)].reason")
                        .get(0))
                .isEqualTo("此项为必填。");

        Map<String, Object> done = finished(
                mvc.perform(post("/api/v1/docking-imports/" + rejected.get("id") + "/import-valid")
                        .header("Authorization", bearer(enterpriseAdmin))),
                enterpriseAdmin);
        assertThat(done).containsEntry("status", "DONE").containsEntry("createdItems", 2);
        assertThat(jdbc.queryForList(
                        "select title || '|' || kind || '|' || coalesce(industry_division, '') || '|' || coalesce(budget_min, 0) "
                                + "|| '|' || visibility || '|' || coalesce(headcount, 0) from demands where organisation_id = ? "
                                + "order by id",
                        String.class,
                        enterprise))
                .containsExactly(
                        "铜电解槽面检测" + tag + "|TECHNOLOGY|32|100000.00|MEMBERS|0",
                        "班组长培训" + tag + "|TRAINING||0|MEMBERS|30");
        mvc.perform(get("/api/v1/needs?q=铜电解槽面检测" + tag).header("Authorization", bearer(schoolAdmin)))
                .andExpect(jsonPath("$.items[0].title").value("铜电解槽面检测" + tag));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'docking.need.imported' and subject = ?",
                        Long.class,
                        "docking-import:" + done.get("id")))
                .isEqualTo(1);
    }

    @Test
    void theSecretariatImportsItsMembersNeedsAndAnOrganisationItsCapabilitiesStrangersCannot() throws Exception {
        byte[] needs = TestFiles.xlsx(List.of(
                needRow("单位"),
                needRow("导入职业学院" + tag, "服务需求", "实训设备共享" + tag, "共享数控实训设备。"),
                needRow(enterpriseCode, "技术需求", "铜箔表面缺陷" + tag, "铜箔表面缺陷视觉检测。")));
        Map<String, Object> done =
                finished(upload("/api/v1/needs/imports", secretariat, needs, body, null, false), secretariat);
        assertThat(done).containsEntry("status", "DONE").containsEntry("createdItems", 2);
        assertThat(needsOf(school)).isEqualTo(1);

        byte[] capabilities = TestFiles.xlsx(List.of(
                List.of("单位", "类型"),
                List.of("", "专家", "铜冶炼专家" + tag, "铜冶炼烟气治理。", "冶炼,烟气", "C32", "340800", "", "", "", "欧阳小明", "否"),
                List.of("", "科技成果", "铜箔检测成果" + tag, "铜箔表面缺陷检测系统。", "", "", "", "7", "", "", "", "")));
        done = finished(
                upload("/api/v1/capabilities/imports", schoolAdmin, capabilities, null, school, false), schoolAdmin);
        assertThat(done).containsEntry("status", "DONE").containsEntry("createdItems", 2);
        assertThat(jdbc.queryForList(
                        "select coalesce(expert_name_masked, '') || '|' || coalesce(readiness_level, 0) || '|' "
                                + "|| (expert_name_sealed is null or expert_name_sealed not like '%欧阳%') "
                                + "from capabilities where organisation_id = ? order by id",
                        String.class, school))
                .containsExactly("欧***|0|true", "|7|true");

        upload("/api/v1/capabilities/imports", schoolAdmin, capabilities, null, outsider, false)
                .andExpect(status().isForbidden());
        upload("/api/v1/needs/imports", schoolAdmin, needs, body + 100_000, null, false)
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/docking-imports/" + done.get("id")).header("Authorization", bearer(enterpriseAdmin)))
                .andExpect(status().isForbidden());
        upload("/api/v1/needs/imports", enterpriseAdmin, TestFiles.PDF, body, enterprise, false)
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTemplatesAndThePagesWork() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/needs/import-template")
                        .header("Authorization", bearer(enterpriseAdmin))
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("單位（信用代碼或全稱）");
            assertThat(header.getLastCellNum()).isEqualTo((short) 15);
        }
        var page = user(RongheUserFactory.forLogin(enterpriseAdmin, Instant.now()));
        mvc.perform(get("/docking/imports?subject=NEEDS&bodyId=" + body).with(page))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("导入铜业" + tag)));
        byte[] sheet = TestFiles.xlsx(List.of(needRow("单位"), needRow("", "技术需求", "页面导入的需求" + tag, "铜杆连铸连轧工艺优化。")));
        String job = mvc.perform(multipart("/docking/imports")
                        .file(new MockMultipartFile("file", "页面.xlsx", "application/octet-stream", sheet))
                        .param("subject", "NEEDS")
                        .param("bodyId", body.toString())
                        .param("organisationId", enterprise.toString())
                        .with(page)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/docking/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        for (int i = 0; i < 600 && needsOf(enterprise) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(needsOf(enterprise)).isEqualTo(1);
        mvc.perform(get(job).with(page).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("页面.xlsx")));
        mvc.perform(multipart("/docking/imports")
                        .file(new MockMultipartFile("file", "页面.xlsx", "application/octet-stream", sheet))
                        .param("subject", "NEEDS")
                        .param("organisationId", outsider.toString())
                        .with(page)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
