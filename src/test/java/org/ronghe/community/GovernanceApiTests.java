package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Governance through the API on a body founded for each test, so versions and seats start clean. */
@IntegrationTest
class GovernanceApiTests {

    static final String ADMIN = "Bearer " + IntegrationTest.ADMIN_TOKEN;
    static final byte[] PDF = TestFiles.PDF;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Community community;

    @Autowired
    Directory directory;

    @Autowired
    Identity identity;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    Long chair;
    Long vice1;
    Long vice2;

    @BeforeEach
    void aFreshBodyAndThreeOrganisations() {
        long n = System.nanoTime();
        body = community
                .found(new BodyDraft("治理测试共同体" + n, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        chair = org("治理测试理事长单位" + n);
        vice1 = org("治理测试副理事长甲" + n);
        vice2 = org("治理测试副理事长乙" + n);
    }

    Long org(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }

    long version() throws Exception {
        return ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/bodies/" + body))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.version"))
                .longValue();
    }

    ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    Long openTerm() throws Exception {
        String response = json(
                        post("/api/v1/bodies/" + body + "/governance/council-terms"),
                        "{\"ordinal\":1,\"name\":\"第一届理事会\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2030-12-31\",\"version\":"
                                + version() + "}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(response, "$.councilTerms[0].id")).longValue();
    }

    ResultActions seat(Long term, Long organisation, String position) throws Exception {
        return json(
                put("/api/v1/bodies/" + body + "/governance/council-terms/" + term + "/seats/" + organisation),
                "{\"position\":\"" + position + "\",\"version\":" + version() + "}");
    }

    @Test
    void aCouncilTermWithAChairAndViceChairsButNeverTwoChairs() throws Exception {
        Long term = openTerm();
        seat(term, vice1, "VICE_CHAIR").andExpect(status().isOk());
        seat(term, chair, "CHAIR").andExpect(status().isOk());
        seat(term, vice2, "VICE_CHAIR")
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.councilTerms[0].seats[*].position", contains("CHAIR", "VICE_CHAIR", "VICE_CHAIR")))
                .andExpect(
                        jsonPath("$.councilTerms[0].seats[0].organisation.id").value(chair.intValue()));
        seat(term, vice1, "CHAIR")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("本届已有理事长单位；请先移除或调整原理事长单位。"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'body.governance.council-seat-chair' "
                                + "and subject = ?",
                        Long.class,
                        "body:" + body + "/organisation:" + chair))
                .isEqualTo(1);
    }

    @Test
    void aTermCannotEndBeforeItStartsAndStaleVersionsAreConflicts() throws Exception {
        json(
                        post("/api/v1/bodies/" + body + "/governance/council-terms"),
                        "{\"name\":\"第二届\",\"startsOn\":\"2030-01-01\",\"endsOn\":\"2029-12-31\",\"version\":"
                                + version() + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.endsOn").value("结束日期不能早于开始日期。"));
        long stale = version();
        json(
                        put("/api/v1/bodies/" + body + "/governance/leads/" + chair),
                        "{\"role\":\"LEAD_ENTERPRISE\",\"version\":" + stale + "}")
                .andExpect(status().isOk());
        json(
                        put("/api/v1/bodies/" + body + "/governance/leads/" + vice1),
                        "{\"role\":\"LEAD_UNIVERSITY\",\"version\":" + stale + "}")
                .andExpect(status().isConflict());
    }

    @Test
    void theSecretariatOfAnotherBodyIsRefused() throws Exception {
        Long other = community
                .found(new BodyDraft(
                        "另一个共同体" + System.nanoTime(), null, BodyKind.CITY_CONSORTIUM, null, null, null, null))
                .id();
        var account =
                identity.createAccount("gov-" + body, "秘书处", "Governance-2026!", List.of(Grant.secretariatOf(other)));
        String token = "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
        mvc.perform(put("/api/v1/bodies/" + body + "/governance/leads/" + chair)
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"LEAD_ENTERPRISE\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCharterPdfIsStoredAndDownloadedUnchanged() throws Exception {
        json(
                        post("/api/v1/bodies/" + body + "/governance/meetings"),
                        "{\"heldOn\":\"2026-11-20\",\"kind\":\"FOUNDING\",\"title\":\"成立大会\",\"attendance\":260,"
                                + "\"attendanceAtLeast\":true,\"decisions\":\"通过章程\",\"version\":" + version() + "}")
                .andExpect(status().isOk());
        Long meeting = ((Number) JsonPath.read(
                        mvc.perform(get("/api/v1/bodies/" + body))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.assemblies[0].id"))
                .longValue();
        String response = mvc.perform(multipart("/api/v1/bodies/" + body + "/governance/charters")
                        .file(new MockMultipartFile("file", "章程（2026年版）.pdf", "application/pdf", PDF))
                        .param("title", "治理测试共同体章程")
                        .param("adoptedOn", "2026-11-20")
                        .param("meetingId", meeting.toString())
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.charters[0].document.name").value("章程（2026年版）.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Long charter = ((Number) JsonPath.read(response, "$.charters[0].id")).longValue();
        mvc.perform(get("/bodies/" + body + "/charters/" + charter + "/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void hostileUploadsAreRefusedAndNothingIsKept() throws Exception {
        long files = jdbc.queryForObject("select count(*) from stored_files", Long.class);
        upload("charter.pdf", TestFiles.EXECUTABLE)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors.file").value(org.hamcrest.Matchers.startsWith("文件内容不是允许的类型（.docx / .pdf）")));
        upload("charter.docx", TestFiles.zip("readme.txt")).andExpect(status().isBadRequest());
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        upload("big.pdf", big)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value("文件超过 20 MB，未保存。"));
        assertThat(overTheContainerLimit().statusCode()).isEqualTo(413);
        upload("word.docx", TestFiles.zip("[Content_Types].xml", "word/document.xml"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.charters[*].document.name", hasItem("word.docx")));
        assertThat(jdbc.queryForObject("select count(*) from stored_files", Long.class))
                .isEqualTo(files + 1);
        assertThat(jdbc.queryForObject("select count(*) from charter_versions where body_id = ?", Long.class, body))
                .isEqualTo(1);
    }

    /** Through Tomcat, which refuses uploads above 25 MB before any of our code reads them. */
    java.net.http.HttpResponse<String> overTheContainerLimit() throws Exception {
        String boundary = "----ronghe" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + 26 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/bodies/" + this.body + "/governance/charters?title=x&adoptedOn=2026-11-20"))
                .header("Authorization", ADMIN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/bodies/" + body + "/governance/charters")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("title", "章程")
                .param("adoptedOn", "2026-11-20")
                .header("Authorization", ADMIN));
    }
}
