package org.ronghe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.core.CreditCode;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalDataResealed;
import org.ronghe.core.PersonalDataRotation;
import org.ronghe.core.SealedTable;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.StudentSelfService;
import org.ronghe.training.TrainingPersons;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A key rotation (ADR 0012) seals every piece of personal data on the platform again under the new key: one row of each
 * sealed table, written through its module's API, opens to the same value under the new key, its fingerprints stay
 * those the modules write (lookups by ID number still find it), and no sealed value anywhere is left under the old key.
 */
@IntegrationTest
class PersonalDataRotationTests {

    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Typed in lower case on the enrolment: sealed and fingerprinted upper-cased, as the certificate is. */
    static final String WORKER_ID = "34080219850505505X";

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
    StudentSelfService selfService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<SealedTable> tables;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    String tag;
    Long body;
    Long school;
    Long enterprise;
    String schoolAdmin;
    String officer;
    String enterpriseAdmin;
    String secretariat;

    /** A valid 身份证号 of a person born in Anqing on the given day, with a sequence number. */
    static String idNumber(String yyyymmdd, int sequence) {
        String first17 = "340802" + yyyymmdd + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @BeforeEach
    void aBodyWithASchoolAndAnEnterprise() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("轮换测试联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        school = directory
                .register(
                        new OrganisationDraft(
                                "轮换测试职业学院" + tag,
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
        enterprise = directory
                .register(
                        new OrganisationDraft(
                                "轮换测试铝业" + tag, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        admissions.admit(body, school, LocalDate.of(2025, 1, 1), null);
        admissions.admit(body, enterprise, LocalDate.of(2025, 1, 1), null);
        schoolAdmin = token("rt-a-" + tag, Grant.adminOf(school));
        officer = token("rt-o-" + tag, Grant.personalDataOfficerOf(school));
        enterpriseAdmin = token("rt-e-" + tag, Grant.adminOf(enterprise));
        secretariat = token("rt-s-" + tag, Grant.secretariatOf(body));
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Rotation-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Long created(String path, String token, String json) throws Exception {
        return id(send(post(path), token, json).andExpect(status().isCreated()));
    }

    static Long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** A unit's registration through the public API, its contact's mobile sealed. */
    Long registration(String mobile) throws Exception {
        String first17 = "91340800" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        String username = "rt-r-" + tag;
        var request = multipart("/api/v1/registrations")
                .file(new MockMultipartFile(
                        "licence",
                        "营业执照.pdf",
                        "application/pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes()));
        Map.ofEntries(
                        Map.entry("name", "轮换注册企业" + tag),
                        Map.entry("type", "ENTERPRISE"),
                        Map.entry("creditCode", first17 + CreditCode.checkCharacter(first17)),
                        Map.entry("regionCode", "340800"),
                        Map.entry("industry", "32"),
                        Map.entry("bodyId", body.toString()),
                        Map.entry("contactName", "赵联系"),
                        Map.entry("contactMobile", mobile),
                        Map.entry("contactEmail", username + "@example.cn"),
                        Map.entry("username", username),
                        Map.entry("displayName", "赵管理"),
                        Map.entry("password", "Unit-Admin-2026!"),
                        Map.entry("confirmPassword", "Unit-Admin-2026!"))
                .forEach(request::param);
        request.with(r -> {
            r.setRemoteAddr("198.51.200." + (1 + Math.floorMod(System.nanoTime(), 250)));
            return r;
        });
        return id(mvc.perform(request).andExpect(status().isCreated()));
    }

    /** One sealed value of the test's rows: where it is, the field it was sealed for, and what it holds. */
    record Sealed(String sql, Long row, String field, String clear) {}

    /** A cipher with the test's key as k1 and a second key k2, the given one current; the same fingerprint key. */
    static PersonalDataCipher cipher(String current) throws Exception {
        Properties stored = new Properties();
        try (var in = Files.newInputStream(Path.of("target/test-data/keys/personal-data.properties"))) {
            stored.load(in);
        }
        var k1 = new SecretKeySpec(
                Base64.getDecoder().decode(stored.getProperty("keys").substring(3)), "AES");
        var k2 = new SecretKeySpec(new byte[32], "AES");
        var index = new SecretKeySpec(Base64.getDecoder().decode(stored.getProperty("fingerprint-key")), "HmacSHA256");
        return new PersonalDataCipher(Map.of("k1", k1, "k2", k2), current, index);
    }

    PersonalDataResealed rotate(PersonalDataCipher cipher) {
        return new PersonalDataRotation(jdbc, cipher, transaction, events, tables).reseal(false);
    }

    @Test
    void everySealedColumnOfTheSchemaIsDeclaredForTheRotation() {
        List<String> declared = tables.stream()
                .flatMap(t -> t.columns().stream().map(c -> t.table() + "." + c.name()))
                .toList();
        assertThat(jdbc.queryForList(
                        "select table_name || '.' || column_name from information_schema.columns "
                                + "where table_schema = current_schema() and column_name like '%\\_sealed'",
                        String.class))
                .isNotEmpty()
                .allMatch(declared::contains);
        assertThat(declared)
                .contains(
                        "registrations.contact_mobile",
                        "correction_requests.message",
                        "training_enrolments.mobile_sealed",
                        "research_studio_members.name_sealed");
    }

    @Test
    void aRotationSealsEveryPersonalValueOfEveryModuleAgainAndLookupsStillFindThem() throws Exception {
        String studentId = idNumber("20030303", 303);
        Long student = created(
                "/api/v1/students",
                schoolAdmin,
                "{\"schoolId\":" + school + ",\"name\":\"郑和平\",\"idNumber\":\"" + studentId
                        + "\",\"mobile\":\"13322223333\",\"major\":\"冶金技术\",\"className\":\"冶金2301\","
                        + "\"expectedGraduation\":\"2026-06-30\"}");
        String message = "身份证号应为" + studentId;
        Long correction = selfService
                .requestCorrection(student, CorrectionRequest.Field.ID_NUMBER, message)
                .id();
        String before = "手机号是13322223333";
        Long clear = jdbc.queryForObject(
                "insert into correction_requests (student_id, field, message, status, created_at) "
                        + "values (?, 'MOBILE', ?, 'OPEN', now()) returning id",
                Long.class,
                student,
                before);
        Long registration = registration("13700137000");
        Long course = created(
                "/api/v1/trainings/courses",
                schoolAdmin,
                "{\"bodyId\":" + body + ",\"providerId\":" + school + ",\"kind\":\"SKILL_UPGRADE\","
                        + "\"title\":\"铝电解工技能提升\",\"skills\":\"槽况判断\",\"hours\":40,"
                        + "\"mode\":\"BLENDED\",\"capacity\":30}");
        Long session = created(
                "/api/v1/trainings/courses/" + course + "/sessions",
                schoolAdmin,
                "{\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-09-05\",\"place\":\"实训中心\"}");
        String worker = "{\"sessionId\":" + session + ",\"enterpriseId\":" + enterprise + ",\"workerName\":\"王建国\","
                + "\"idNumber\":\"" + WORKER_ID.toLowerCase() + "\",\"mobile\":\"13812345678\",\"consent\":true,"
                + "\"purpose\":\"培训报名、考勤与证书核发\"}";
        Long enrolment = created("/api/v1/trainings/enrolments", enterpriseAdmin, worker);
        String number = "RT" + tag.toUpperCase() + "-1";
        Long certificate = created(
                "/api/v1/certificates",
                schoolAdmin,
                "{\"number\":\"" + number + "\",\"kind\":\"SKILL_LEVEL\",\"level\":\"LEVEL_3\","
                        + "\"occupation\":\"铝电解工\",\"issuerOrganisationId\":" + school
                        + ",\"issuedOn\":\"2026-06-30\",\"holderKind\":\"WORKER\",\"holderOrganisationId\":"
                        + enterprise + ",\"holderName\":\"王建国\",\"holderIdNumber\":\"" + WORKER_ID + "\"}");
        Long project = created(
                "/api/v1/projects",
                secretariat,
                "{\"bodyId\":" + body + ",\"title\":\"铝电解槽节能攻关\",\"kind\":\"TACKLING\","
                        + "\"parties\":[{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                        + "{\"organisationId\":" + school + ",\"role\":\"PERFORMER\"}],"
                        + "\"investigators\":[{\"organisationId\":" + school + ",\"name\":\"李四光明\"}]}");
        Long studio = created(
                "/api/v1/studios",
                secretariat,
                "{\"bodyId\":" + body + ",\"name\":\"铝材精整劳模创新工作室\",\"kind\":\"MODEL_WORKER\",\"hostId\":" + enterprise
                        + ",\"leaderName\":\"王大明\",\"members\":[{\"name\":\"欧阳小明\"}]}");
        Long capability = created(
                "/api/v1/capabilities",
                schoolAdmin,
                "{\"organisationId\":" + school + ",\"kind\":\"EXPERT\",\"title\":\"铝电解节能专家" + tag
                        + "\",\"description\":\"研究方向：铝电解槽热平衡与节能。\",\"expertName\":\"欧阳明远\","
                        + "\"expertNameShown\":true}");

        List<Sealed> sealed = List.of(
                new Sealed(
                        "select id_number_sealed from students where id = ?", student, "student.id_number", studentId),
                new Sealed("select mobile_sealed from students where id = ?", student, "student.mobile", "13322223333"),
                new Sealed(
                        "select message from correction_requests where id = ?",
                        correction,
                        "correction.message",
                        message),
                new Sealed(
                        "select contact_mobile from registrations where id = ?",
                        registration,
                        "registration.mobile",
                        "13700137000"),
                new Sealed(
                        "select worker_name_sealed from training_enrolments where id = ?",
                        enrolment,
                        TrainingPersons.NAME,
                        "王建国"),
                new Sealed(
                        "select id_sealed from training_enrolments where id = ?",
                        enrolment,
                        TrainingPersons.ID_NUMBER,
                        WORKER_ID),
                new Sealed(
                        "select mobile_sealed from training_enrolments where id = ?",
                        enrolment,
                        TrainingPersons.MOBILE,
                        "13812345678"),
                new Sealed(
                        "select holder_name_sealed from certificates where id = ?",
                        certificate,
                        TrainingPersons.NAME,
                        "王建国"),
                new Sealed(
                        "select holder_id_sealed from certificates where id = ?",
                        certificate,
                        TrainingPersons.ID_NUMBER,
                        WORKER_ID),
                new Sealed(
                        "select name_sealed from research_project_investigators where project_id = ?",
                        project,
                        ProjectBook.INVESTIGATOR_NAME,
                        "李四光明"),
                new Sealed(
                        "select leader_name_sealed from research_studios where id = ?",
                        studio,
                        StudioBook.PERSON_NAME,
                        "王大明"),
                new Sealed(
                        "select name_sealed from research_studio_members where studio_id = ?",
                        studio,
                        StudioBook.PERSON_NAME,
                        "欧阳小明"),
                new Sealed(
                        "select expert_name_sealed from capabilities where id = ?", capability, "expert-name", "欧阳明远"));
        List<String> fingerprints = fingerprints(student, enrolment, certificate);

        int audited = audited();
        long version = enrolmentVersion(enrolment);
        PersonalDataCipher toK2 = cipher("k2");
        try {
            PersonalDataResealed done = rotate(toK2);
            assertThat(done.tables())
                    .containsOnlyKeys(tables.stream().map(SealedTable::table).toList())
                    .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
            assertThat(done.total())
                    .isEqualTo(done.tables().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
            for (Sealed value : sealed) {
                String now = jdbc.queryForObject(value.sql(), String.class, value.row());
                assertThat(now).as(value.sql()).startsWith("k2:");
                assertThat(toK2.open(value.field(), now)).as(value.sql()).isEqualTo(value.clear());
            }
            assertThat(jdbc.queryForObject("select sealed from correction_requests where id = ?", Boolean.class, clear))
                    .isTrue();
            assertThat(fingerprints(student, enrolment, certificate)).isEqualTo(fingerprints);
            assertThat(enrolmentVersion(enrolment))
                    .as("a save read before fails")
                    .isEqualTo(version + 1);
            for (SealedTable table : tables) {
                for (SealedTable.Column column : table.columns()) {
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from " + table.table() + " where " + column.name()
                                            + " not like 'k2:%'"
                                            + (table.where() == null ? "" : " and " + table.where()),
                                    Integer.class))
                            .as("%s.%s left under the old key", table.table(), column.name())
                            .isZero();
                }
            }
            assertThat(rotate(toK2).total()).isZero();
        } finally {
            rotate(cipher("k1"));
        }
        assertThat(audited()).isEqualTo(audited + 3);

        send(get("/api/v1/students/" + student).param("full", "true"), officer, "")
                .andExpect(jsonPath("$.idNumber").value(studentId))
                .andExpect(jsonPath("$.mobile").value("13322223333"));
        send(get("/api/v1/students").param("schoolId", school.toString()).param("q", studentId), schoolAdmin, "")
                .andExpect(jsonPath("$.total").value(1));
        send(get("/api/v1/students/" + student + "/corrections").param("full", "true"), officer, "")
                .andExpect(jsonPath("$[*].message", containsInAnyOrder(message, before)));
        send(get("/api/v1/trainings/enrolments/" + enrolment), enterpriseAdmin, "")
                .andExpect(jsonPath("$.certificates[0].number").value(number));
        send(post("/api/v1/trainings/enrolments"), enterpriseAdmin, worker)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").exists());
        send(get("/api/v1/capabilities/" + capability), schoolAdmin, "")
                .andExpect(jsonPath("$.terms.expertName").value("欧阳明远"));
        send(post("/api/v1/admin/personal-data/reseal"), enterpriseAdmin, "").andExpect(status().isForbidden());
        send(post("/api/v1/admin/personal-data/reseal"), "Bearer " + IntegrationTest.ADMIN_TOKEN, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resealed").value(0))
                .andExpect(jsonPath("$.tables.students").value(0))
                .andExpect(jsonPath("$.tables.research_studio_members").value(0));
        assertThat(jdbc.queryForObject(
                        "select detail from audit_records where action = 'personal-data.resealed' order by id desc limit 1",
                        String.class))
                .startsWith("key=k1; records=0; ")
                .contains("certificates=0");
    }

    long enrolmentVersion(Long enrolment) {
        return jdbc.queryForObject("select version from training_enrolments where id = ?", Long.class, enrolment);
    }

    int audited() {
        return jdbc.queryForObject(
                "select count(*) from audit_records where action = 'personal-data.resealed'", Integer.class);
    }

    /** The fingerprints the modules wrote for the student's numbers, the worker's and the holder's ID number. */
    List<String> fingerprints(Long student, Long enrolment, Long certificate) {
        return List.of(
                jdbc.queryForObject("select id_number_fingerprint from students where id = ?", String.class, student),
                jdbc.queryForObject("select mobile_fingerprint from students where id = ?", String.class, student),
                jdbc.queryForObject(
                        "select id_fingerprint from training_enrolments where id = ?", String.class, enrolment),
                jdbc.queryForObject(
                        "select holder_id_fingerprint from certificates where id = ?", String.class, certificate));
    }
}
