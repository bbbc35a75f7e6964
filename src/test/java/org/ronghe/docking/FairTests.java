package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.ronghe.docking.matching.Vectors;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A docking fair through the API and the pages: planned by the secretariat, needs and capabilities selected, pairs
 * proposed from the matches (no organisation twice in a slot), a pair moved, added and removed, an outcome that goes on
 * to a docking, the schedule exported as .xlsx and read back; members read it, strangers do not, members do not run it.
 */
@IntegrationTest
class FairTests {

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
    Vectors vectors;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Long body;
    Long firm;
    Long school;
    Long institute;
    Account firmAdmin;
    Account secretariat;
    Account stranger;

    @BeforeEach
    void aBodyWithMembers() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("对接会联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        firm = organisation("对接会铝业" + tag, OrganisationType.ENTERPRISE);
        school = organisation("对接会学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        institute = organisation("对接会研究院" + tag, OrganisationType.RESEARCH_INSTITUTE);
        for (Long member : List.of(firm, school, institute)) {
            admissions.admit(body, member, null, "测试");
        }
        firmAdmin = account("fr-f-" + tag, Grant.adminOf(firm));
        secretariat = account("fr-c-" + tag, Grant.secretariatOf(body));
        stranger = account("fr-o-" + tag, Grant.adminOf(organisation("对接会局外" + tag, OrganisationType.ENTERPRISE)));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.VOCATIONAL_SCHOOL
                                        ? org.ronghe.directory.SchoolLevel.HIGHER
                                        : null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
    }

    Account account(String username, Grant grant) {
        return identity.createAccount(username, username, "Docking-Fair-2026!", List.of(grant));
    }

    ResultActions send(MockHttpServletRequestBuilder request, Account who, String json) throws Exception {
        return mvc.perform(request.header(
                        "Authorization",
                        "Bearer "
                                + identity.issueToken(who.id(), "t", Duration.ofDays(1))
                                        .secret())
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Long created(ResultActions result) throws Exception {
        String json =
                result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    Long need(String title, String description) throws Exception {
        return created(send(
                post("/api/v1/needs"),
                firmAdmin,
                "{\"bodyId\":" + body + ",\"organisationId\":" + firm + ",\"kind\":\"TECHNOLOGY\",\"title\":\"" + title
                        + tag + "\",\"description\":\"" + description + "\"}"));
    }

    Long capability(Long owner, String title, String description) throws Exception {
        return created(send(
                post("/api/v1/capabilities"),
                secretariat,
                "{\"organisationId\":" + owner + ",\"kind\":\"RESULT\",\"title\":\"" + title + tag
                        + "\",\"description\":\"" + description + "\"}"));
    }

    long version(Long fair) {
        return jdbc.queryForObject("select version from fairs where id = ?", Long.class, fair);
    }

    @Test
    void aFairIsPlannedPairedAdjustedExportedAndEndsInADocking() throws Exception {
        Long dross = need("铝灰资源化", "电解铝铝灰需要无害化与资源化处理，回收金属铝。");
        Long anode = need("阳极效应预测", "电解槽阳极效应频繁，需要基于槽电压的预测模型。");
        Long ash = capability(institute, "铝灰无害化处理技术", "铝灰脱氮与资源化利用，回收金属铝和氧化铝。");
        Long model = capability(school, "电解槽槽况预测模型", "基于槽电压和电流的阳极效应预测与预警。");
        Long lab = capability(school, "铝合金检测实验室", "铝合金成分与力学性能检测。");
        vectors.embedPending(1_000);

        send(post("/api/v1/fairs"), firmAdmin, "{\"bodyId\":" + body + ",\"title\":\"x\",\"heldOn\":\"2026-12-20\"}")
                .andExpect(status().isForbidden());
        send(post("/api/v1/fairs"), secretariat, "{\"bodyId\":" + body + ",\"tables\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").value("此项为必填。"))
                .andExpect(jsonPath("$.errors.tables").exists());
        Long fair = created(send(
                post("/api/v1/fairs"),
                secretariat,
                "{\"bodyId\":" + body + ",\"title\":\"铝产业对接会" + tag + "\",\"heldOn\":\"2026-12-20\","
                        + "\"place\":\"安庆\",\"startsAt\":\"14:00\",\"slotMinutes\":30,\"tables\":1,\"slots\":8}"));
        send(
                        put("/api/v1/fairs/" + fair + "/selection"),
                        secretariat,
                        "{\"version\":0,\"needIds\":[" + dross + "," + anode + "],\"capabilityIds\":[" + ash + ","
                                + model + "," + lab + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needs.length()").value(2));
        String proposed = send(post("/api/v1/fairs/" + fair + "/proposals"), secretariat, "{\"version\":1}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> pairs = JsonPath.read(proposed, "$.fair.pairs");
        assertThat(pairs).isNotEmpty();
        assertThat(pairs)
                .anySatisfy(p -> assertThat(p)
                        .containsEntry("needId", dross.intValue())
                        .containsEntry("capabilityId", ash.intValue()));
        assertThat(pairs)
                .anySatisfy(p -> assertThat(p)
                        .containsEntry("needId", anode.intValue())
                        .containsEntry("capabilityId", model.intValue()));
        Set<Object> slots = new HashSet<>();
        pairs.forEach(p -> assertThat(slots.add(p.get("slot")))
                .as("one table: one pair a slot")
                .isTrue());
        assertThat(JsonPath.<String>read(proposed, "$.fair.pairs[0].startsAt")).isEqualTo("14:00:00");

        long v = version(fair);
        int freeSlot = 8;
        send(
                        put("/api/v1/fairs/" + fair + "/pairs"),
                        secretariat,
                        "{\"version\":" + v + ",\"needId\":" + dross + ",\"capabilityId\":" + ash
                                + ",\"table\":1,\"slot\":" + freeSlot + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs[?(@.needId == " + dross + " && @.capabilityId == " + ash + ")].slot")
                        .value(org.hamcrest.Matchers.contains(freeSlot)));
        send(
                        put("/api/v1/fairs/" + fair + "/pairs"),
                        secretariat,
                        "{\"version\":" + version(fair) + ",\"needId\":" + anode + ",\"capabilityId\":" + model
                                + ",\"table\":1,\"slot\":" + freeSlot + "}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该桌该时段已有安排，或一方在该时段另有洽谈。"));
        send(
                        post("/api/v1/fairs/" + fair + "/outcomes"),
                        secretariat,
                        "{\"version\":" + version(fair) + ",\"needId\":" + dross + ",\"capabilityId\":" + ash
                                + ",\"outcome\":\"DOCKING\",\"note\":\"约定下周现场考察\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs[?(@.needId == " + dross + " && @.capabilityId == " + ash + ")].dockingId")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.notNullValue())));
        assertThat(jdbc.queryForObject(
                        "select proposed_by || '/' || status from dockings where demand_id = ? and capability_id = ?",
                        String.class,
                        dross,
                        ash))
                .isEqualTo("SECRETARIAT/PROPOSED");

        send(get("/api/v1/fairs/" + fair), firmAdmin, "").andExpect(status().isOk());
        Long hidden = created(send(
                post("/api/v1/needs"),
                firmAdmin,
                "{\"bodyId\":" + body + ",\"organisationId\":" + firm + ",\"kind\":\"TECHNOLOGY\",\"title\":\"保密需求"
                        + tag + "\",\"description\":\"铝灰资源化的保密工艺问题。\",\"visibility\":\"SECRETARIAT\"}"));
        send(
                        put("/api/v1/fairs/" + fair + "/selection"),
                        secretariat,
                        "{\"version\":" + version(fair) + ",\"needIds\":[" + dross + "," + anode + "," + hidden
                                + "],\"capabilityIds\":[" + ash + "," + model + "," + lab + "]}")
                .andExpect(status().isOk());
        send(
                        post("/api/v1/fairs/" + fair + "/pairs"),
                        secretariat,
                        "{\"version\":" + version(fair) + ",\"needId\":" + hidden + ",\"capabilityId\":" + lab + "}")
                .andExpect(status().isOk());
        Account schoolAdmin = account("fr-s-" + tag, Grant.adminOf(school));
        String seen = send(get("/api/v1/fairs/" + fair), schoolAdmin, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs[?(@.needId == " + hidden + ")].needOrganisation")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$.needs[?(@.id == " + hidden + ")].organisationName")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(seen).doesNotContain("保密需求" + tag).contains("对接会学院" + tag);
        send(get("/api/v1/fairs/" + fair), secretariat, "")
                .andExpect(jsonPath("$.pairs[?(@.needId == " + hidden + ")].needOrganisation")
                        .value(org.hamcrest.Matchers.contains("对接会铝业" + tag)));
        send(get("/api/v1/fairs/" + fair), stranger, "").andExpect(status().isForbidden());
        send(post("/api/v1/fairs/" + fair + "/proposals"), firmAdmin, "{\"version\":" + version(fair) + "}")
                .andExpect(status().isForbidden());
        byte[] schedule = send(get("/api/v1/fairs/" + fair + "/schedule"), firmAdmin, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(schedule))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时段");
            assertThat(sheet.getLastRowNum()).isEqualTo(pairs.size() + 1); // and the secretariat-only need's pair
            String docked = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(3).getStringCellValue().startsWith("铝灰资源化"))
                    .filter(r -> r.getCell(5).getStringCellValue().startsWith("铝灰无害化"))
                    .map(r -> r.getCell(0).getStringCellValue() + " "
                            + r.getCell(6).getStringCellValue())
                    .findFirst()
                    .orElseThrow();
            assertThat(docked).isEqualTo("17:30–18:00 进入对接");
        }
        send(
                        delete("/api/v1/fairs/" + fair + "/pairs?version=" + version(fair) + "&needId=" + anode
                                + "&capabilityId=" + model),
                        secretariat,
                        "")
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id", String.class, "fair:" + fair))
                .startsWith(
                        "docking.fair.planned",
                        "docking.fair.selected",
                        "docking.fair.proposed",
                        "docking.fair.pair-moved")
                .contains("docking.fair.outcome", "docking.fair.pair-removed");
    }

    @Test
    void theSecretariatRunsAFairInTheBrowserPages() throws Exception {
        Long dross = need("铝灰综合利用", "铝灰回收金属铝。");
        Long ash = capability(institute, "铝灰回收技术", "铝灰中金属铝的回收。");
        var page = user(RongheUserFactory.forLogin(secretariat, Instant.now()));
        String location = mvc.perform(post("/docking/fairs")
                        .with(page)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("title", "页面对接会" + tag)
                        .param("heldOn", "2026-12-21"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/docking/fairs/\\d+");
        Long fair = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/selection")
                        .with(page)
                        .with(csrf())
                        .param("version", "0")
                        .param("needIds", dross.toString())
                        .param("capabilityIds", ash.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/pairs/add")
                        .with(page)
                        .with(csrf())
                        .param("version", "1")
                        .param("needId", dross.toString())
                        .param("capabilityId", ash.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(page).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("由平台配对"),
                                org.hamcrest.Matchers.containsString("id=\"pair-" + dross + "-" + ash + "\""),
                                org.hamcrest.Matchers.containsString("09:00–09:20"))));
        assertThat(version(fair)).isEqualTo(2);
        var member = user(RongheUserFactory.forLogin(firmAdmin, Instant.now()));
        mvc.perform(get(location).with(member).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("id=\"propose-pairs\""))));
        mvc.perform(get("/docking/fairs").with(member)).andExpect(status().isOk());
    }
}
