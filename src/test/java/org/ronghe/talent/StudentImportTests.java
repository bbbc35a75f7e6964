package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Student imports: 200 rows with 5 bad ID numbers are reported row by row, then the valid ones imported, sealed. */
@IntegrationTest
class StudentImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.ronghe.core.jobs.BackgroundJobs jobs;

    @Autowired
    org.ronghe.core.RongheProperties properties;

    Long school;
    String enterprise;
    String schoolAdmin;
    String outsider;

    @BeforeEach
    void aSchoolWithAnAdmin() {
        String tag = Long.toString(System.nanoTime(), 36);
        school = directory
                .register(
                        new OrganisationDraft(
                                "导入测试职业学院" + tag,
                                OrganisationType.VOCATIONAL_SCHOOL,
                                SchoolLevel.HIGHER,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        enterprise = "导入局外企业" + tag;
        Long other = directory
                .register(
                        new OrganisationDraft(
                                enterprise, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        schoolAdmin = token("si-a-" + tag, Grant.adminOf(school));
        outsider = token("si-o-" + tag, Grant.adminOf(other));
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Import-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    /**
     * 200 students born on distinct days; students 10, 60, 110, 160 and 190 (sheet rows 12, 62, …) have a wrong check
     * digit.
     */
    static byte[] twoHundredWithFiveBadIds(List<String> ids) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("姓名*", "性别", "身份证号*", "手机号", "专业", "班级", "预计毕业"));
        for (int i = 0; i < 200; i++) {
            String id = StudentApiTests.idNumber("2005" + String.format("%02d%02d", 1 + i / 28, 1 + i % 28), 100 + i);
            if (i % 50 == 10 || i == 190) {
                id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
            }
            ids.add(id);
            rows.add(List.of("学生" + i, "", id, "139" + String.format("%08d", i), "冶金技术", "冶金23" + (i % 4), "2027年6月"));
        }
        return TestFiles.xlsx(rows);
    }

    ResultActions upload(byte[] sheet, String token, boolean validOnly) throws Exception {
        return mvc.perform(multipart("/api/v1/students/imports")
                .file(new MockMultipartFile(
                        "file", "学生.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet))
                .param("schoolId", school.toString())
                .param("validOnly", String.valueOf(validOnly))
                .header("Authorization", token)
                .header("Accept-Language", "zh-CN"));
    }

    Map<String, Object> finished(String location) throws Exception {
        for (int i = 0; i < 600; i++) {
            String json = mvc.perform(get(location).header("Authorization", schoolAdmin))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, Object> job = JsonPath.read(json, "$");
            if (!List.of("QUEUED", "VALIDATING", "IMPORTING").contains(job.get("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void badIdNumbersAreReportedByRowThenTheValidRowsAreImportedSealed() throws Exception {
        List<String> ids = new ArrayList<>();
        byte[] sheet = twoHundredWithFiveBadIds(ids);
        upload(sheet, outsider, false).andExpect(status().isForbidden());
        String location = upload(sheet, schoolAdmin, false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(location))
                .containsEntry("status", "REJECTED")
                .containsEntry("rowsRead", 200)
                .containsEntry("invalidRows", 5)
                .containsEntry("imported", 0);
        String problems = mvc.perform(get(location + "/problems")
                        .header("Authorization", schoolAdmin)
                        .header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(problems, "$[*].row")).containsExactly(12, 62, 112, 162, 192);
        assertThat(JsonPath.<List<String>>read(problems, "$[*].column")).containsOnly("C");
        assertThat(JsonPath.<List<String>>read(problems, "$[*].message")).containsOnly("身份证号校验位错误。");
        assertThat(problems).doesNotContain(ids.get(11));
        assertThat(jdbc.queryForObject("select count(*) from students where school_id = ?", Integer.class, school))
                .isZero();

        String second = mvc.perform(post(location + "/import-valid").header("Authorization", schoolAdmin))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(second)).containsEntry("status", "DONE").containsEntry("imported", 195);
        assertThat(jdbc.queryForObject("select count(*) from students where school_id = ?", Integer.class, school))
                .isEqualTo(195);
        List<String> stored =
                jdbc.queryForList("select s::text from students s where school_id = ?", String.class, school);
        assertThat(String.join("\n", stored)).doesNotContain(ids.get(0)).doesNotContain("13900000000");
        mvc.perform(get("/api/v1/students")
                        .param("schoolId", school.toString())
                        .param("q", ids.get(0))
                        .header("Authorization", schoolAdmin))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("学生0"))
                .andExpect(jsonPath("$.items[0].expectedGraduation").value("2027-06-30"))
                .andExpect(jsonPath("$.items[0].mobile").value("139****0000"));
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'talent.students.imported' "
                                + "and subject like ?",
                        String.class,
                        "school:" + school + "/%"))
                .startsWith("students=195");

        String again =
                upload(sheet, schoolAdmin, true).andReturn().getResponse().getHeader("Location");
        assertThat(finished(again))
                .containsEntry("status", "DONE")
                .containsEntry("imported", 0)
                .containsEntry("invalidRows", 200);
    }

    java.nio.file.Path sheetOf(String location) {
        String relative = jdbc.queryForObject(
                "select f.relative_path from student_imports i join stored_files f "
                        + "on f.id = i.file_id where i.id = ?",
                String.class,
                Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
        return properties.dataDir().resolve("files").resolve(relative);
    }

    /** Uploaded sheets full of ID and mobile numbers were kept in clear for ever, whatever the outcome. */
    @Test
    void sheetsAreDeletedOnceTheImportEndsARejectedOnesAfterTheRetentionPeriod() throws Exception {
        byte[] sheet = twoHundredWithFiveBadIds(new ArrayList<>());
        String done = upload(sheet, schoolAdmin, true).andReturn().getResponse().getHeader("Location");
        assertThat(finished(done)).containsEntry("status", "DONE");
        assertThat(sheetOf(done)).doesNotExist();

        String rejected =
                upload(sheet, schoolAdmin, false).andReturn().getResponse().getHeader("Location");
        assertThat(finished(rejected)).containsEntry("status", "REJECTED");
        assertThat(sheetOf(rejected)).exists();
        jobs.sweep();
        assertThat(sheetOf(rejected)).exists();
        jdbc.update(
                "update student_imports set finished_at = now() - interval '25 hours' where id = ?",
                Long.valueOf(rejected.substring(rejected.lastIndexOf('/') + 1)));
        jobs.sweep();
        assertThat(sheetOf(rejected)).doesNotExist();
        mvc.perform(post(rejected + "/import-valid")
                        .header("Authorization", schoolAdmin)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("保留期限")));
    }

    /** A node killed under an import left it "validating" for ever: once its heartbeat is old, the sweep fails it. */
    @Test
    void importsWhoseNodeStoppedAreFailedAndRunningOnesAreLeftAlone() throws Exception {
        String first = upload(twoHundredWithFiveBadIds(new ArrayList<>()), schoolAdmin, true)
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String second = upload(twoHundredWithFiveBadIds(new ArrayList<>()), schoolAdmin, true)
                .andReturn()
                .getResponse()
                .getHeader("Location");
        finished(first);
        finished(second);
        Long killed = Long.valueOf(first.substring(first.lastIndexOf('/') + 1));
        Long alive = Long.valueOf(second.substring(second.lastIndexOf('/') + 1));
        jdbc.update(
                "update student_imports set status = 'VALIDATING', finished_at = null, heartbeat_at = now() - "
                        + "interval '3 minutes' where id = ?",
                killed);
        jdbc.update(
                "update student_imports set status = 'IMPORTING', finished_at = null, heartbeat_at = now() where id = ?",
                alive);
        jobs.sweep();
        assertThat(finished(first))
                .containsEntry("status", "FAILED")
                .containsEntry("failureCode", "import.interrupted");
        assertThat(jdbc.queryForObject("select status from student_imports where id = ?", String.class, alive))
                .isEqualTo("IMPORTING");
        jdbc.update("update student_imports set status = 'DONE', finished_at = now() where id = ?", alive);
    }

    @Test
    void internshipRecordsFindTheirStudentsByIdNumberAndTheirEnterprisesByName() throws Exception {
        List<String> ids = new ArrayList<>();
        String students = upload(twoHundredWithFiveBadIds(ids), schoolAdmin, true)
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(students)).containsEntry("imported", 195);
        String stranger = StudentApiTests.idNumber("19990101", 1);
        byte[] sheet = TestFiles.xlsx(List.of(
                List.of("学生身份证号*", "实习企业*", "岗位*", "企业导师", "学校指导教师", "开始日期*", "结束日期"),
                List.of(ids.get(0), enterprise, "电解工", "张师傅", "李老师", "2025-07-01", "2025-12-31"),
                List.of(ids.get(1), enterprise, "铸造工", "", "", "2025/7/1", ""),
                List.of(ids.get(2), enterprise, "化验员", "", "", "2025年7月1日", ""),
                List.of(stranger, enterprise, "电解工", "", "", "2025-07-01", ""),
                List.of(ids.get(3), "不存在的企业", "电解工", "", "", "2025-07-01", ""),
                List.of(ids.get(4), enterprise, "电解工", "", "", "七月一日", "")));
        String location = mvc.perform(multipart("/api/v1/students/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "实习.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                sheet))
                        .param("schoolId", school.toString())
                        .param("kind", "INTERNSHIPS")
                        .header("Authorization", schoolAdmin))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(location))
                .containsEntry("status", "REJECTED")
                .containsEntry("kind", "INTERNSHIPS")
                .containsEntry("invalidRows", 3);
        String problems = mvc.perform(get(location + "/problems")
                        .header("Authorization", schoolAdmin)
                        .header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(problems, "$[*].column")).containsExactly("A", "B", "F");
        assertThat(problems).contains("本校没有这个身份证号的学生", "日期格式不正确").doesNotContain(stranger);
        String second = mvc.perform(post(location + "/import-valid").header("Authorization", schoolAdmin))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(second)).containsEntry("status", "DONE").containsEntry("imported", 3);
        assertThat(jdbc.queryForList(
                        "select post from internships where school_id = ? order by id", String.class, school))
                .containsExactly("电解工", "铸造工", "化验员");
        assertThat(jdbc.queryForObject(
                        "select count(*) from student_progress where school_id = ? and interned", Long.class, school))
                .as("an internship counts once the enterprise evaluated it")
                .isZero();
    }

    @Test
    void aZipBombFailsAndWritesNothing() throws Exception {
        String location = upload(TestFiles.zipBombXlsx(), schoolAdmin, false)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(finished(location)).containsEntry("status", "FAILED").containsEntry("failureCode", "sheet.zip-bomb");
        upload(TestFiles.PDF, schoolAdmin, false).andExpect(status().isBadRequest());
    }
}
