package org.ronghe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit trail read by people: words instead of codes, links, short addresses, filters by day and body, export. */
@IntegrationTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    Identity identity;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor admin() {
        return user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
    }

    @Test
    void actionsAndSubjectsAreInWordsWithLinksAndFiltersNarrowByDayAndBody() throws Exception {
        String actor = "audit-reader-" + System.nanoTime() % 100000;
        recorder.record(
                Instant.parse("2025-03-15T02:00:00Z"),
                actor,
                "0:0:0:0:0:0:0:1",
                "talent.hire.confirmed",
                "hire:41",
                "SUCCESS");
        recorder.record(
                Instant.parse("2025-04-02T02:00:00Z"),
                actor,
                "203.0.113.9",
                "membership.approved",
                "body:9077/organisation:5",
                "SUCCESS");
        recorder.record(
                Instant.parse("2025-04-03T02:00:00Z"),
                actor,
                "203.0.113.9",
                "body.profile-revised",
                "body:90770",
                "SUCCESS");

        mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("from", "2025-03-01")
                        .param("to", "2025-03-31")
                        .with(admin())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("企业确认就业"),
                                containsString("就业记录 41"),
                                containsString("href=\"/talent/hires/41\""),
                                containsString(">::1<"),
                                containsString("成功"),
                                not(containsString(">talent.hire.confirmed<")),
                                not(containsString("0:0:0:0:0:0:0:1")),
                                not(containsString("批准加入")))));
        mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("bodyId", "9077")
                        .with(admin())
                        .header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Membership approved"),
                                containsString("href=\"/bodies/9077\""),
                                containsString("href=\"/organisations/5\""),
                                not(containsString("Body profile revised")),
                                not(containsString("Hire confirmed")))));

        byte[] sheet = mvc.perform(get("/admin/audit.xlsx")
                        .param("actor", actor)
                        .param("from", "2025-04-01")
                        .with(admin())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getLastRowNum()).isEqualTo(2);
            assertThat(rows.getRow(1).getCell(3).getStringCellValue()).isEqualTo("修改机构概况");
            assertThat(rows.getRow(2).getCell(5).getStringCellValue())
                    .isEqualTo("机构 9077 / 单位 "
                            + jdbc.queryForObject("select name from organisations where id = 5", String.class));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'audit.exported' and detail like ?",
                        Long.class,
                        "%" + actor + "%rows=2"))
                .isEqualTo(1);
    }

    @Test
    void subjectsAreNamedByTheModulesThatKeepThemAndStudentsAreNot() throws Exception {
        String actor = "audit-namer-" + System.nanoTime() % 100000;
        var body = jdbc.queryForMap("select id, name from bodies order by id limit 1");
        var organisation = jdbc.queryForMap("select id, name from organisations order by id limit 1");
        recorder.record(
                Instant.parse("2025-05-02T02:00:00Z"),
                actor,
                "203.0.113.9",
                "membership.approved",
                "body:" + body.get("id") + "/organisation:" + organisation.get("id"),
                "SUCCESS");
        recorder.record(
                Instant.parse("2025-05-03T02:00:00Z"),
                actor,
                "203.0.113.9",
                "talent.student.revised",
                "student:1",
                "SUCCESS");
        mvc.perform(get("/admin/audit").param("actor", actor).with(admin()).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("机构 " + body.get("name")),
                                containsString("单位 " + organisation.get("name")),
                                containsString("学生 1"))));
        mvc.perform(get("/api/v1/audit-records")
                        .param("actor", actor)
                        .with(admin())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("机构 " + body.get("name"))));
    }

    @Test
    void everyActionRecordedSoFarHasWordsInEveryLanguage() throws Exception {
        List<String> actions = jdbc.queryForList("select distinct action from audit_records", String.class);
        assertThat(actions).contains("body.founded");
        for (String bundle : List.of("messages.properties", "messages_zh_TW.properties", "messages_en.properties")) {
            Properties words = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(words).containsKey("audit.action." + a));
        }
    }
}
