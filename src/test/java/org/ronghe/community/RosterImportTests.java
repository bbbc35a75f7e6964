package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Roster import and export through the API, on a body founded for each test. */
@IntegrationTest
class RosterImportTests {

    static final String ADMIN = "Bearer " + IntegrationTest.ADMIN_TOKEN;
    static final List<String> HEADER =
            List.of("单位名称*", "单位类型*", "办学层次", "统一社会信用代码", "行政区划代码", "行业代码", "网址", "公开联系方式", "加入日期");

    @Autowired
    MockMvc mvc;

    @Autowired
    Community community;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.ronghe.core.jobs.BackgroundJobs jobs;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    org.ronghe.identity.Identity identity;

    Long body;
    String tag;

    @BeforeEach
    void aFreshBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("名册测试联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
    }

    /** 500 enterprises; rows 10, 20 and 30 (as Excel numbers them) are wrong in three different ways. */
    byte[] rosterWithThreeBadRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= 500; i++) {
            int excelRow = i + 1;
            String name = "名册企业" + tag + "-" + i;
            String type = "企业";
            String code = "";
            if (excelRow == 10) {
                code = "91340800MA2N0000X1";
            }
            if (excelRow == 20) {
                type = "公司";
            }
            if (excelRow == 30) {
                name = "名册企业" + tag + "-4";
            }
            rows.add(List.of(name, type, "", code, "340800", "C33", "", "", "2024-01-31"));
        }
        return TestFiles.xlsx(rows);
    }

    ResultActions upload(String name, byte[] bytes, boolean validOnly) throws Exception {
        return mvc.perform(multipart("/api/v1/bodies/" + body + "/roster-imports")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("validOnly", String.valueOf(validOnly))
                .header("Authorization", ADMIN));
    }

    Map<String, Object> finished(String location) throws Exception {
        for (int i = 0; i < 600; i++) {
            String json = mvc.perform(get(location).header("Authorization", ADMIN))
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

    long organisations() {
        return jdbc.queryForObject("select count(*) from organisations", Long.class);
    }

    @Test
    void threeBadRowsAreReportedAndNothingIsCommittedUntilTheValidRowsAreImported() throws Exception {
        long before = organisations();
        String location = upload("名册.xlsx", rosterWithThreeBadRows(), false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        Map<String, Object> rejected = finished(location);
        assertThat(rejected)
                .containsEntry("status", "REJECTED")
                .containsEntry("rowsRead", 500)
                .containsEntry("invalidRows", 3);
        mvc.perform(get(location + "/problems").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].row").value(10))
                .andExpect(jsonPath("$[0].column").value("D"))
                .andExpect(jsonPath("$[0].reason").value("统一社会信用代码校验位错误：最后一位应为“K”。"))
                .andExpect(jsonPath("$[1].row").value(20))
                .andExpect(jsonPath("$[1].column").value("B"))
                .andExpect(jsonPath("$[1].value").value("公司"))
                .andExpect(jsonPath("$[2].row").value(30))
                .andExpect(jsonPath("$[2].column").value("A"))
                .andExpect(jsonPath("$[2].reason").value("与第 5 行重复。"));
        assertThat(organisations()).isEqualTo(before);

        String second = mvc.perform(post(location + "/import-valid").header("Authorization", ADMIN))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        Map<String, Object> done = finished(second);
        assertThat(done)
                .containsEntry("status", "DONE")
                .containsEntry("createdOrganisations", 497)
                .containsEntry("admitted", 497);
        assertThat(organisations()).isEqualTo(before + 497);
        assertThat(jdbc.queryForObject(
                        "select count(*) from memberships where body_id = ? and status = 'ACTIVE' "
                                + "and joined_on = '2024-01-31'",
                        Long.class,
                        body))
                .isEqualTo(497);
        mvc.perform(get("/api/v1/organisations").param("q", "名册企业" + tag + "-321"))
                .andExpect(jsonPath("$.items[0].name").value("名册企业" + tag + "-321"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'roster.imported' and subject like ?",
                        Long.class,
                        "body:" + body + "/%"))
                .isEqualTo(1);

        Long member =
                jdbc.queryForObject("select id from organisations where name = ?", Long.class, "名册企业" + tag + "-321");
        String importId = second.substring(second.lastIndexOf('/') + 1);
        mvc.perform(
                        get("/bodies/" + body + "/memberships/" + member)
                                .header("Accept-Language", "zh-CN")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                        org.ronghe.identity.RongheUserFactory.forLogin(
                                                identity.findByUsername("admin").orElseThrow(),
                                                java.time.Instant.now()))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("通过名册导入（第 " + importId + " 号导入）加入"),
                                org.hamcrest.Matchers.containsString("/bodies/" + body + "/roster-imports/" + importId),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("roster-import:")))));
    }

    /**
     * Valid rows are written while validation goes on (every 5,000 rows): a bad row after the first hand-over must
     * still leave nothing behind, and importing the valid rows must write every batch with its history.
     */
    @Test
    void aBadRowLateInALargeSheetRollsBackWhatWasAlreadyWritten() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= 6_000; i++) {
            rows.add(List.of("名册大表" + tag + "-" + i, i == 5_800 ? "公司" : "企业", "", "", "340800", "C33", "", "", ""));
        }
        String location = upload("大名册.xlsx", TestFiles.xlsx(rows), false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(location)).containsEntry("status", "REJECTED").containsEntry("invalidRows", 1);
        String members = "select count(*) from memberships where body_id = ?";
        String named = "select count(*) from organisations where name like ?";
        assertThat(jdbc.queryForObject(named, Long.class, "名册大表" + tag + "-%")).isZero();
        assertThat(jdbc.queryForObject(members, Long.class, body)).isZero();

        String second = mvc.perform(post(location + "/import-valid").header("Authorization", ADMIN))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(second)).containsEntry("status", "DONE").containsEntry("admitted", 5_999);
        assertThat(jdbc.queryForObject(named, Long.class, "名册大表" + tag + "-%")).isEqualTo(5_999);
        assertThat(jdbc.queryForObject(members, Long.class, body)).isEqualTo(5_999);
        assertThat(jdbc.queryForObject(
                        "select count(distinct e.membership_id) from membership_events e join memberships m "
                                + "on m.id = e.membership_id where m.body_id = ? and e.action = 'ADMITTED'",
                        Long.class,
                        body))
                .isEqualTo(5_999);
    }

    @Test
    void anImportMatchesOrganisationsAlreadyInTheDirectoryAndTheExportOpensInExcel() throws Exception {
        long before = organisations();
        byte[] roster = TestFiles.xlsx(List.of(
                HEADER,
                List.of("中铝集团", "企业", "", "", "", "", "", "", ""),
                List.of("安慶職業技術學院", "職業學校", "高職專科", "", "340800", "P", "", "", "2024/1/31"),
                List.of("名册新单位" + tag, "Enterprise", "", "", "", "", "", "0556-1234567, \"总机\"", "")));
        Map<String, Object> done = finished(upload("roster.xlsx", roster, false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        assertThat(done)
                .containsEntry("status", "DONE")
                .containsEntry("createdOrganisations", 1)
                .containsEntry("reusedOrganisations", 2)
                .containsEntry("admitted", 3);
        assertThat(organisations()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select contact from organisations where name = ?", String.class, "名册新单位" + tag))
                .as("commas and quotes survive the bulk copy")
                .isEqualTo("0556-1234567, \"总机\"");

        byte[] export = mvc.perform(get("/api/v1/bodies/" + body + "/roster")
                        .param("status", "ACTIVE")
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位名称*");
            List<String> names = new ArrayList<>();
            sheet.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertThat(names).contains("中铝集团", "安庆职业技术学院", "名册新单位" + tag);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'roster.exported' and subject = ?",
                        Long.class,
                        "body:" + body + "/statuses:ACTIVE/rows:3"))
                .isEqualTo(1);
    }

    @Test
    void hostileFilesAreRefusedWithAClearReason() throws Exception {
        upload("roster.xlsx", TestFiles.EXECUTABLE, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(org.hamcrest.Matchers.startsWith("文件内容不是允许的类型（.xlsx）")));
        upload("roster.xlsx", TestFiles.PDF, false).andExpect(status().isBadRequest());
        Map<String, Object> bomb = finished(upload("bomb.xlsx", TestFiles.zipBombXlsx(), false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        assertThat(bomb).containsEntry("status", "FAILED").containsEntry("failureCode", "sheet.zip-bomb");
        Map<String, Object> broken =
                finished(upload("broken.xlsx", TestFiles.zip("[Content_Types].xml", "xl/workbook.xml"), false)
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getHeader("Location"));
        assertThat(broken).containsEntry("status", "FAILED").containsEntry("failureCode", "sheet.unreadable");
    }

    /**
     * A node killed while it indexed a roster left the import DONE and search finding 20 of 100,000 new organisations;
     * one killed before the commit left it running for ever. Once the node's heartbeat is old, the sweep closes both
     * and repairs the index.
     */
    @Test
    void importsInterruptedByAStoppedNodeAreClosedAndTheSearchIndexRepaired() throws Exception {
        String name = "中断测试单位" + tag;
        Map<String, Object> done = finished(upload(
                        "r.xlsx",
                        TestFiles.xlsx(List.of(HEADER, List.of(name, "企业", "", "", "", "", "", "", ""))),
                        false)
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        Long id = ((Number) done.get("id")).longValue();
        Long created = jdbc.queryForObject("select id from organisations where name = ?", Long.class, name);
        org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(org.ronghe.directory.Organisation.class)
                .workspace()
                .purge();
        org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(org.ronghe.directory.Organisation.class)
                .workspace()
                .refresh();
        mvc.perform(get("/api/v1/organisations").param("q", name))
                .andExpect(jsonPath("$.total").value(0));
        jdbc.update(
                "update roster_imports set status = 'INDEXING', finished_at = null, heartbeat_at = now() - interval '3 minutes' "
                        + "where id = ?",
                id);
        jobs.sweep();
        assertThat(jdbc.queryForObject(
                        "select status || ':' || failure_code from roster_imports where id = ?", String.class, id))
                .isEqualTo("DONE:import.index-interrupted");
        mvc.perform(get("/api/v1/organisations").param("q", name))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(created));

        jdbc.update(
                "update roster_imports set status = 'VALIDATING', finished_at = null, heartbeat_at = now() - interval '3 minutes' "
                        + "where id = ?",
                id);
        jobs.sweep();
        assertThat(jdbc.queryForObject(
                        "select status || ':' || failure_code from roster_imports where id = ?", String.class, id))
                .isEqualTo("FAILED:import.interrupted");
    }

    /** The attack seen from outside: a workbook packing 2.4 million shared strings fails with a clear reason. */
    @Test
    void workbooksPackedWithSharedStringsFailWithAReason() throws Exception {
        Map<String, Object> flood = finished(upload("flood.xlsx", TestFiles.sharedStringsFlood(2_400_000), false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        assertThat(flood).containsEntry("status", "FAILED").containsEntry("failureCode", "sheet.too-many-strings");
    }

    @Test
    void onlyTheBodysSecretariatImports() throws Exception {
        mvc.perform(multipart("/api/v1/bodies/" + body + "/roster-imports")
                        .file(new MockMultipartFile(
                                "file", "r.xlsx", "application/octet-stream", rosterWithThreeBadRows())))
                .andExpect(status().isUnauthorized());
    }
}
