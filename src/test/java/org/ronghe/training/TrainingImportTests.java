package org.ronghe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Attendance lists and certificates from .xlsx: a provider's clean list records hours and results and moves the figures
 * by exactly the completions it makes; one bad row refuses the sheet with nothing written and a report that never
 * repeats an ID number or a name; hostile files and strangers are refused. An issuer's certificates are recorded
 * sealed, linked to the holder's enrolment when a session is named (and then counted in its body), numbers unique.
 */
@IntegrationTest
class TrainingImportTests {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

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
    Long school;
    Long otherSchool;
    Long enterprise;
    String enterpriseCode;
    Account schoolAdmin;
    Account otherSchoolAdmin;
    Account enterpriseAdmin;
    Account observer;

    @BeforeEach
    void aBodyWithTwoSchoolsAndAnEnterprise() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("培训导入联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        school = organisation("培训导入职业学院" + tag, OrganisationType.UNIVERSITY, null);
        otherSchool = organisation("培训导入技师学院" + tag, OrganisationType.UNIVERSITY, null);
        String first17 = "91340800" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        enterpriseCode = first17 + CreditCode.checkCharacter(first17);
        enterprise = organisation("培训导入铜业" + tag, OrganisationType.ENTERPRISE, enterpriseCode);
        for (Long member : List.of(school, otherSchool, enterprise)) {
            admissions.admit(body, member, null, "测试");
        }
        schoolAdmin = account("ti-s-" + tag, Grant.adminOf(school));
        otherSchoolAdmin = account("ti-o-" + tag, Grant.adminOf(otherSchool));
        enterpriseAdmin = account("ti-e-" + tag, Grant.adminOf(enterprise));
        observer = account("ti-v-" + tag, Grant.observerOf(body));
    }

    Long organisation(String name, OrganisationType type, String code) {
        return directory
                .register(new OrganisationDraft(name, type, null, code, null, null, null, null, null), true)
                .id();
    }

    Account account(String username, Grant grant) {
        return identity.createAccount(username, username, "Training-Import-2026!", List.of(grant));
    }

    String bearer(Account account) {
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    /** A valid 身份证号 of someone born on 1985-03-{day} in 110105, sequence {@code n}. */
    static String idNumber(int day, int n) {
        String first17 = "110105198503" + String.format("%02d", day) + String.format("%03d", n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    ResultActions json(String path, Account who, String content) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", bearer(who))
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(content));
    }

    static Long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    Long session(Account provider, Long providerId) throws Exception {
        Long course = id(json(
                        "/api/v1/trainings/courses",
                        provider,
                        "{\"bodyId\":" + body + ",\"providerId\":" + providerId + ",\"kind\":\"SKILL_UPGRADE\","
                                + "\"title\":\"铜电解工技能提升\",\"skills\":\"槽面管理\",\"hours\":40,"
                                + "\"mode\":\"BLENDED\",\"capacity\":20}")
                .andExpect(status().isCreated()));
        return id(json(
                        "/api/v1/trainings/courses/" + course + "/sessions",
                        provider,
                        "{\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-09-05\"}")
                .andExpect(status().isCreated()));
    }

    Long enrol(Long session, String name, String idNumber) throws Exception {
        return id(json(
                        "/api/v1/trainings/enrolments",
                        enterpriseAdmin,
                        "{\"sessionId\":" + session + ",\"enterpriseId\":" + enterprise + ",\"workerName\":\"" + name
                                + "\",\"idNumber\":\"" + idNumber + "\",\"consent\":true,"
                                + "\"purpose\":\"培训考勤与证书\"}")
                .andExpect(status().isCreated()));
    }

    void confirm(Long enrolment) throws Exception {
        long version =
                jdbc.queryForObject("select version from training_enrolments where id = ?", Long.class, enrolment);
        json(
                        "/api/v1/trainings/enrolments/" + enrolment + "/confirm",
                        enterpriseAdmin,
                        "{\"organisationId\":" + enterprise + ",\"version\":" + version + "}")
                .andExpect(status().isOk());
    }

    ResultActions upload(String path, Account who, byte[] sheet, String param, Long organisation) throws Exception {
        return mvc.perform(multipart(path)
                .file(new MockMultipartFile("file", "考勤.xlsx", "application/octet-stream", sheet))
                .param(param, organisation.toString())
                .header("Authorization", bearer(who))
                .header("Accept-Language", "zh-CN"));
    }

    /** The job once ended, with its row report. */
    String finished(ResultActions started, Account who) throws Exception {
        String location = started.andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String token = bearer(who);
        for (int i = 0; i < 600; i++) {
            String json = mvc.perform(
                            get(location).header("Authorization", token).header("Accept-Language", "zh-CN"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!List.of("QUEUED", "VALIDATING", "IMPORTING").contains(JsonPath.read(json, "$.status"))) {
                return json;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        return row;
    }

    static byte[] attendance(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(row("班次编号", "身份证号", "出勤学时", "结果"));
        all.addAll(rows);
        return TestFiles.xlsx(all);
    }

    Map<String, Object> enrolment(Long id) {
        return jdbc.queryForMap(
                "select hours_attended, result, confirmation, completed_on, version from training_enrolments where id = ?",
                id);
    }

    /** The body's completion figures as the read model holds them, and as the enrolments say they should be. */
    void figuresAreExact(long persons, long hours) {
        Map<String, Object> kept = jdbc.queryForMap(
                "select coalesce(sum(persons), 0) persons, coalesce(sum(hours), 0) hours from training_figures "
                        + "where body_id = ? and side = 'BODY'",
                body);
        Map<String, Object> derived = jdbc.queryForMap(
                "select count(*) persons, coalesce(sum(coalesce(hours_attended, session_hours)), 0) hours "
                        + "from training_enrolments where body_id = ? and completed_on is not null",
                body);
        assertThat(((Number) kept.get("persons")).longValue()).isEqualTo(persons);
        assertThat(((Number) kept.get("hours")).longValue()).isEqualTo(hours);
        assertThat(((Number) derived.get("persons")).longValue()).isEqualTo(persons);
        assertThat(((Number) derived.get("hours")).longValue()).isEqualTo(hours);
        for (String side : List.of("ENTERPRISE", "PROVIDER")) {
            assertThat(jdbc.queryForObject(
                            "select coalesce(sum(persons), 0) from training_figures where body_id = ? and side = ?",
                            Long.class,
                            body,
                            side))
                    .isEqualTo(persons);
        }
    }

    @Test
    void aCleanListRecordsHoursAndResultsAndCountsExactlyTheCompletionsItMakes() throws Exception {
        Long session = session(schoolAdmin, school);
        String a = idNumber(1, 11), b = idNumber(2, 22), c = idNumber(3, 33), d = idNumber(4, 44);
        Long ea = enrol(session, "王建国", a);
        Long eb = enrol(session, "李秀英", b);
        Long ec = enrol(session, "张伟", c);
        Long ed = enrol(session, "刘洋", d);
        confirm(ea);
        confirm(eb);
        figuresAreExact(0, 0);

        String done = finished(
                upload(
                        "/api/v1/trainings/attendance-imports",
                        schoolAdmin,
                        attendance(List.of(
                                row(session, a, "36", "合格"),
                                row(session, b, "", "不合格"),
                                row(session, " " + c.toLowerCase() + " ", "40", "合格"),
                                row(session, d, "20", ""))),
                        "providerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(done, "$.writtenRows")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(done, "$.completions")).isEqualTo(1);
        assertThat(enrolment(ea))
                .containsEntry("hours_attended", 36)
                .containsEntry("result", "PASSED")
                .containsEntry("version", 2L);
        assertThat(enrolment(ea).get("completed_on")).isNotNull();
        assertThat(enrolment(eb)).containsEntry("hours_attended", null).containsEntry("result", "FAILED");
        assertThat(enrolment(eb).get("completed_on")).isNull();
        assertThat(enrolment(ec)).containsEntry("hours_attended", 40).containsEntry("result", "PASSED");
        assertThat(enrolment(ec).get("completed_on")).isNull();
        assertThat(enrolment(ed)).containsEntry("hours_attended", 20).containsEntry("result", "PENDING");
        figuresAreExact(1, 36);

        confirm(ec);
        figuresAreExact(2, 76);
        mvc.perform(get("/api/v1/trainings/figures?bodyId=" + body).header("Authorization", bearer(observer)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.persons")
                        .value(2));

        List<String> audit = jdbc.queryForList(
                "select action || ' ' || coalesce(actor, '') || ' ' || coalesce(detail, '') from audit_records "
                        + "where subject = ?",
                String.class,
                "training-import:" + JsonPath.read(done, "$.id"));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0))
                .startsWith("training.attendance.imported ti-s-" + tag)
                .contains("enrolments=4", "completed=1")
                .doesNotContain(a, b, c, d);
    }

    @Test
    void oneBadRowRefusesTheSheetWithNothingWrittenAndTheReportNeverRepeatsAnIdNumber() throws Exception {
        Long session = session(schoolAdmin, school);
        Long othersSession = session(otherSchoolAdmin, otherSchool);
        String a = idNumber(5, 55), b = idNumber(6, 66);
        String stranger = idNumber(7, 77);
        String badCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? "1" : "0");
        Long ea = enrol(session, "王建国", a);
        enrol(othersSession, "李秀英", b);
        List<String> typed = List.of(a, b, stranger, badCheck);

        String rejected = finished(
                upload(
                        "/api/v1/trainings/attendance-imports",
                        schoolAdmin,
                        attendance(List.of(
                                row(session, a, "36", "合格"),
                                row(session, stranger, "10", ""),
                                row(session, badCheck, "10", ""),
                                row(session, a, "41", "优秀"),
                                row(othersSession, b, "30", "合格"),
                                row(99_999_999, a, "1", ""),
                                row(session, a, "", ""))),
                        "providerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(rejected, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<Integer>read(rejected, "$.rowsRead")).isEqualTo(7);
        assertThat(JsonPath.<Integer>read(rejected, "$.invalidRows")).isEqualTo(6);
        assertThat(enrolment(ea))
                .containsEntry("hours_attended", null)
                .containsEntry("result", "PENDING")
                .containsEntry("version", 0L);
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 3)].reason"))
                .containsExactly("该身份证号的职工没有报名这个班次。");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 4)].reason"))
                .containsExactly("身份证号校验位错误。");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 5)].column"))
                .containsExactlyInAnyOrder("B", "C", "D");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 5)].reason"))
                .contains("与第 2 行重复。", "出勤学时须在 0 至 40 之间。");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 6)].reason"))
                .containsExactly("没有这个班次，或它不是本单位开设的。");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 7)].column"))
                .containsExactly("A");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 8)].column"))
                .containsExactlyInAnyOrder("B", "C");
        assertThat(typed).allSatisfy(n -> assertThat(rejected).doesNotContain(n, n.substring(0, 14)));
        assertThat(jdbc.queryForList(
                        "select coalesce(value, '') || coalesce(arguments, '') from training_import_problems where import_id = ?",
                        String.class,
                        ((Number) JsonPath.read(rejected, "$.id")).longValue()))
                .allSatisfy(v -> typed.forEach(n -> assertThat(v).doesNotContain(n.substring(0, 14))));
        mvc.perform(get("/trainings/imports/" + JsonPath.read(rejected, "$.id"))
                        .with(user(RongheUserFactory.forLogin(schoolAdmin, Instant.now())))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("没有写入任何数据")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(stranger))));
    }

    /**
     * A provider sees its workers' ID numbers masked, the birth date hidden: an attendance list trying every date would
     * tell it the one that matches. After {@value IdMatchGuard#MISSES_PER_DAY} numbers matching no one, no row is
     * matched any more, and the row of the worker's true number says the same as the rest.
     */
    @Test
    void anAttendanceListCannotGuessTheBirthDateHiddenInAMaskedNumber() throws Exception {
        Long session = session(schoolAdmin, school);
        String real = idNumber(28, 18);
        enrol(session, "赵猜测", real);
        List<List<String>> guesses = new ArrayList<>();
        for (int n = 0; n <= IdMatchGuard.MISSES_PER_DAY; n++) {
            guesses.add(row(session, idNumber(1 + n % 27, 100 + n), "10", ""));
        }
        guesses.add(row(session, real, "10", ""));
        String report = finished(
                upload("/api/v1/trainings/attendance-imports", schoolAdmin, attendance(guesses), "providerId", school),
                schoolAdmin);
        assertThat(JsonPath.<Integer>read(report, "$.invalidRows")).isEqualTo(guesses.size());
        String spent = "今天填写的与报名不符的身份证号已达上限，此行未核对";
        assertThat(JsonPath.<List<String>>read(report, "$.problems[?(@.row == 2)].reason"))
                .containsExactly("该身份证号的职工没有报名这个班次。");
        assertThat(JsonPath.<List<String>>read(
                        report, "$.problems[?(@.row == " + (IdMatchGuard.MISSES_PER_DAY + 2) + ")].reason"))
                .singleElement()
                .asString()
                .contains(spent);
        assertThat(JsonPath.<List<String>>read(report, "$.problems[?(@.row == " + (guesses.size() + 1) + ")].reason"))
                .singleElement()
                .asString()
                .contains(spent);
        String again = finished(
                upload(
                        "/api/v1/trainings/attendance-imports",
                        schoolAdmin,
                        attendance(List.of(row(session, real, "10", ""))),
                        "providerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(again, "$.status")).isEqualTo("REJECTED");
        Account colleague = account("ti-s2-" + tag, Grant.adminOf(school));
        String other = finished(
                upload(
                        "/api/v1/trainings/attendance-imports",
                        colleague,
                        attendance(List.of(row(session, real, "10", ""))),
                        "providerId",
                        school),
                colleague);
        assertThat(JsonPath.<String>read(other, "$.status"))
                .as("another user's allowance")
                .isEqualTo("DONE");
    }

    @Test
    void hostileFilesAndStrangersAreRefused() throws Exception {
        Long session = session(schoolAdmin, school);
        String a = idNumber(8, 88);
        Long ea = enrol(session, "王建国", a);
        upload("/api/v1/trainings/attendance-imports", schoolAdmin, TestFiles.PDF, "providerId", school)
                .andExpect(status().isBadRequest());
        String bomb = finished(
                upload(
                        "/api/v1/trainings/attendance-imports",
                        schoolAdmin,
                        TestFiles.zipBombXlsx(),
                        "providerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(bomb, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(bomb, "$.failureCode")).isEqualTo("sheet.zip-bomb");

        String formulas = finished(
                upload(
                        "/api/v1/trainings/attendance-imports",
                        schoolAdmin,
                        withFormulas(session, a),
                        "providerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(formulas, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<List<String>>read(formulas, "$.problems[*].code"))
                .containsExactly("training.import.attendance.nothing");
        assertThat(enrolment(ea)).containsEntry("result", "PENDING").containsEntry("hours_attended", null);

        byte[] clean = attendance(List.of(row(session, a, "30", "合格")));
        upload("/api/v1/trainings/attendance-imports", otherSchoolAdmin, clean, "providerId", school)
                .andExpect(status().isForbidden());
        upload("/api/v1/trainings/attendance-imports", enterpriseAdmin, clean, "providerId", school)
                .andExpect(status().isForbidden());
        String othersOwn = finished(
                upload("/api/v1/trainings/attendance-imports", otherSchoolAdmin, clean, "providerId", otherSchool),
                otherSchoolAdmin);
        assertThat(JsonPath.<List<String>>read(othersOwn, "$.problems[*].code"))
                .containsExactly("training.import.attendance.other-session");
        assertThat(enrolment(ea)).containsEntry("result", "PENDING");
        mvc.perform(get("/api/v1/trainings/attendance-imports/" + JsonPath.read(formulas, "$.id"))
                        .header("Authorization", bearer(enterpriseAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/certificates/imports/" + JsonPath.read(formulas, "$.id"))
                        .header("Authorization", bearer(schoolAdmin)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'access.post' and result = 'DENIED' "
                                + "and subject like '/api/v1/trainings/attendance-imports%' and actor = ?",
                        Long.class, "ti-e-" + tag))
                .isEqualTo(1);
    }

    /** A list whose hours and result are formulas with no cached values: never evaluated, read as blank. */
    static byte[] withFormulas(Long session, String idNumber) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("考勤");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("班次编号");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(session.toString());
            row.createCell(1).setCellValue(idNumber);
            row.createCell(2).setCellFormula("20+20");
            row.createCell(3).setCellFormula("IF(1=1,\"合格\",\"不合格\")");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] certificates(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(row("证书编号", "证书类型", "等级", "职业", "职业编码", "发证日期", "持证人身份", "持证人单位", "姓名", "身份证号", "班次编号"));
        all.addAll(rows);
        return TestFiles.xlsx(all);
    }

    @Test
    void certificatesAreRecordedSealedAndCountInTheBodyOfTheSessionNamed() throws Exception {
        Long session = session(schoolAdmin, school);
        String a = idNumber(9, 99), s = idNumber(10, 101);
        Long ea = enrol(session, "王建国", a);
        String done = finished(
                upload(
                        "/api/v1/certificates/imports",
                        schoolAdmin,
                        certificates(List.of(
                                row(
                                        "TA" + tag,
                                        "职业技能等级证书",
                                        "四级",
                                        "铝电解工",
                                        "6-18-02-04",
                                        "2026-09-06",
                                        "在职职工",
                                        enterpriseCode,
                                        "王建国",
                                        a,
                                        session),
                                row("tb" + tag, "1+X", "中级", "工业机器人应用编程", "", "2026/9/7", "学生", "", "陈小红", s, ""),
                                row(
                                        "TC" + tag,
                                        "特种作业操作证",
                                        "",
                                        "电工作业",
                                        "",
                                        "2026年9月8日",
                                        "职工",
                                        "培训导入铜业" + tag,
                                        "赵六",
                                        a,
                                        ""))),
                        "issuerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(done, "$.writtenRows")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(done, "$.completions")).isEqualTo(1);
        List<Map<String, Object>> rows =
                jdbc.queryForList("select * from certificates where issuer_id = ? order by number", school);
        assertThat(rows)
                .extracting(r -> r.get("number") + "|" + r.get("kind") + "|" + r.get("level") + "|"
                        + r.get("holder_kind") + "|" + r.get("holder_organisation_id") + "|" + r.get("enrolment_id")
                        + "|" + r.get("body_id") + "|" + r.get("holder_name_masked") + "|" + r.get("holder_id_masked"))
                .containsExactly(
                        "TA" + tag.toUpperCase() + "|SKILL_LEVEL|LEVEL_4|WORKER|" + enterprise + "|" + ea + "|" + body
                                + "|王**|110105********" + a.substring(14),
                        "TB" + tag.toUpperCase() + "|ONE_PLUS_X|INTERMEDIATE|STUDENT|null|null|null|陈**|110105********"
                                + s.substring(14),
                        "TC" + tag.toUpperCase() + "|SPECIAL_OPERATION|null|WORKER|" + enterprise + "|null|null|赵*|"
                                + "110105********" + a.substring(14));
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.values().stream().map(String::valueOf))
                        .noneMatch(v -> v.contains(a) || v.contains(s) || v.contains("王建国") || v.contains("陈小红")));
        assertThat(rows.get(0).get("holder_id_fingerprint"))
                .isEqualTo(jdbc.queryForObject(
                        "select id_fingerprint from training_enrolments where id = ?", String.class, ea));
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(certificates), 0) from certificate_figures where body_id = ? and side = 'BODY'",
                        Long.class,
                        body))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/certificates/verify/TB" + tag))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.holder")
                        .value("陈**"));
        assertThat(jdbc.queryForList(
                        "select action || ' ' || coalesce(detail, '') from audit_records where subject = ?",
                        String.class,
                        "training-import:" + JsonPath.read(done, "$.id")))
                .containsExactly("training.certificates.imported certificates=3 in-bodies=1 organisation=" + school);
    }

    @Test
    void duplicateNumbersAndForeignEnrolmentsRefuseTheSheetWithoutRepeatingNamesOrNumbers() throws Exception {
        Long session = session(schoolAdmin, school);
        String a = idNumber(11, 111), b = idNumber(12, 121);
        enrol(session, "王建国", a);
        json(
                        "/api/v1/certificates",
                        schoolAdmin,
                        "{\"number\":\"OLD" + tag + "\",\"kind\":\"SPECIAL_OPERATION\",\"occupation\":\"电工作业\","
                                + "\"issuerOrganisationId\":" + school + ",\"issuedOn\":\"2026-09-06\","
                                + "\"holderKind\":\"WORKER\",\"holderName\":\"王建国\",\"holderIdNumber\":\"" + a + "\"}")
                .andExpect(status().isCreated());
        long before = jdbc.queryForObject("select count(*) from certificates where issuer_id = ?", Long.class, school);
        String rejected = finished(
                upload(
                        "/api/v1/certificates/imports",
                        schoolAdmin,
                        certificates(List.of(
                                row("N1" + tag, "特种作业操作证", "", "电工作业", "", "2026-09-06", "在职职工", "", "王建国", a, ""),
                                row("n1" + tag, "特种作业操作证", "", "电工作业", "", "2026-09-06", "在职职工", "", "李秀英", b, ""),
                                row("OLD" + tag, "特种作业操作证", "", "电工作业", "", "2026-09-06", "在职职工", "", "王建国", a, ""),
                                row(
                                        "N2" + tag,
                                        "职业技能等级证书",
                                        "四级",
                                        "铝电解工",
                                        "",
                                        "2026-09-06",
                                        "在职职工",
                                        "",
                                        "李秀英",
                                        b,
                                        session),
                                row(
                                        "N3" + tag,
                                        "职业技能等级证书",
                                        "特级",
                                        "铝电解工",
                                        "",
                                        "2099-01-01",
                                        "学生",
                                        "91000000000000000X",
                                        "李秀英",
                                        b.substring(0, 17),
                                        ""))),
                        "issuerId",
                        school),
                schoolAdmin);
        assertThat(JsonPath.<String>read(rejected, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<Integer>read(rejected, "$.invalidRows")).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from certificates where issuer_id = ?", Long.class, school))
                .isEqualTo(before);
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 3)].reason"))
                .containsExactly("与第 2 行重复。");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 4)].reason"))
                .containsExactly("该证书编号已登记。");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 5)].column"))
                .containsExactly("K");
        assertThat(JsonPath.<List<String>>read(rejected, "$.problems[?(@.row == 6)].column"))
                .contains("C", "F", "H", "J");
        assertThat(rejected).doesNotContain(a, b, b.substring(0, 14), "王建国", "李秀英");
        upload("/api/v1/certificates/imports", enterpriseAdmin, certificates(List.of()), "issuerId", school)
                .andExpect(status().isForbidden());
    }

    @Test
    void theProviderAndTheIssuerImportFromTheirPages() throws Exception {
        Long session = session(schoolAdmin, school);
        String a = idNumber(13, 131);
        Long ea = enrol(session, "王建国", a);
        var provider = user(RongheUserFactory.forLogin(schoolAdmin, Instant.now()));
        var sender = user(RongheUserFactory.forLogin(enterpriseAdmin, Instant.now()));
        mvc.perform(get("/trainings/sessions/" + session).with(provider).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"attendance-import-form\"")));
        mvc.perform(get("/trainings/sessions/" + session).with(sender).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("attendance-import-form"))));
        byte[] template = mvc.perform(get("/trainings/attendance-template.xlsx")
                        .with(provider)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("班次编号*");
            assertThat(header.getCell(3).getStringCellValue()).startsWith("结果");
        }
        String job = mvc.perform(multipart("/trainings/sessions/" + session + "/attendance-imports")
                        .file(new MockMultipartFile(
                                "file",
                                "页面考勤.xlsx",
                                "application/octet-stream",
                                attendance(List.of(row(session, a, "38", "")))))
                        .with(provider)
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/trainings/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        for (int i = 0; i < 600 && enrolment(ea).get("hours_attended") == null; i++) {
            Thread.sleep(100);
        }
        assertThat(enrolment(ea)).containsEntry("hours_attended", 38);
        for (int i = 0; i < 100; i++) {
            String page = mvc.perform(get(job).with(provider).header("Accept-Language", "zh-CN"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (page.contains("id=\"result\"")) {
                assertThat(page).contains("已更新 1 条报名", "页面考勤.xlsx");
                break;
            }
            Thread.sleep(100);
        }
        mvc.perform(multipart("/trainings/sessions/" + session + "/attendance-imports")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {1}))
                        .with(sender)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/certificates?issuerId=" + school).with(provider).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"certificate-import-form\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("页面考勤.xlsx"))));
        mvc.perform(get("/certificates/import-template.xlsx").with(provider).header("Accept-Language", "en"))
                .andExpect(status().isOk());
    }
}
