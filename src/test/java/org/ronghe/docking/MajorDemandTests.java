package org.ronghe.docking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Majors against demand: the body's schools' majors (traditional or simplified, with or without 专业) and places against
 * the headcount its open talent needs ask (a need naming two majors split between them; filled needs not counted), by
 * the asking enterprise's industry; majors with little demand, demand no major answers; the records behind a row.
 */
@IntegrationTest
class MajorDemandTests {

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

    String tag;
    Long body;
    Long school;
    Long college;
    Long firm;
    Long smelter;
    Account secretariat;

    @BeforeEach
    void aBodyWithSchoolsAndEnterprises() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("专业联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        school = organisation("专业学院" + tag, OrganisationType.VOCATIONAL_SCHOOL, null);
        college = organisation("專業技師學院" + tag, OrganisationType.VOCATIONAL_SCHOOL, null);
        firm = organisation("专业机器人企业" + tag, OrganisationType.ENTERPRISE, "C34");
        smelter = organisation("专业冶炼企业" + tag, OrganisationType.ENTERPRISE, "C32");
        for (Long member : List.of(school, college, firm, smelter)) {
            admissions.admit(body, member, null, "测试");
        }
        secretariat = identity.createAccount(
                "mj-c-" + tag, "mj-c-" + tag, "Major-Demand-2026!", List.of(Grant.secretariatOf(body)));
    }

    Long organisation(String name, OrganisationType type, String industry) {
        return directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.VOCATIONAL_SCHOOL ? SchoolLevel.HIGHER : null,
                                null,
                                "340800",
                                industry,
                                null,
                                null,
                                null),
                        true)
                .id();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(
                        "Authorization",
                        "Bearer "
                                + identity.issueToken(secretariat.id(), "t", Duration.ofDays(1))
                                        .secret())
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    void major(Long owner, String title, String code, int places) throws Exception {
        send(
                        post("/api/v1/capabilities"),
                        "{\"organisationId\":" + owner + ",\"kind\":\"MAJOR\",\"title\":\"" + title
                                + "\",\"description\":\"" + "专业介绍\",\"majorCode\":\"" + code + "\",\"places\":" + places
                                + ",\"regionCode\":\"340803\"}")
                .andExpect(status().isCreated());
    }

    Long talentNeed(Long organisation, String post, String majors, int headcount) throws Exception {
        String json = send(
                        post("/api/v1/talent-needs"),
                        "{\"bodyId\":" + body + ",\"organisationId\":" + organisation + ",\"post\":\"" + post + tag
                                + "\",\"majors\":\"" + majors + "\",\"level\":\"HIGHER_VOCATIONAL\",\"headcount\":"
                                + headcount + ",\"regionCode\":\"340803\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void majorsAndTheirPlacesStandAgainstTheHeadcountAskedByIndustry() throws Exception {
        major(school, "工业机器人技术专业", "460305", 45);
        major(college, "機電一體化技術（中德班）", "460301", 50);
        Long robots = talentNeed(firm, "机器人运维", "工业机器人技术、机电一体化技术", 40);
        talentNeed(smelter, "冶炼工", "有色金属智能冶金技术", 30);
        Long filled = talentNeed(smelter, "电工", "机电一体化技术", 99);
        send(post("/api/v1/talent-needs/" + filled + "/status"), "{\"version\":0,\"status\":\"FILLED\"}")
                .andExpect(status().isOk());

        send(get("/api/v1/majors/demand?bodyId=" + body), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places").value(95))
                .andExpect(jsonPath("$.headcount").value(70))
                .andExpect(jsonPath("$.unanswered").value(30))
                .andExpect(jsonPath("$.littleDemandPlaces").value(95))
                .andExpect(
                        jsonPath("$.rows[?(@.major == '工业机器人技术专业')].headcount").value(contains(20)))
                .andExpect(
                        jsonPath("$.rows[?(@.major == '工业机器人技术专业')].standing").value(contains("LITTLE_DEMAND")))
                .andExpect(jsonPath("$.rows[?(@.major == '機電一體化技術')].headcount").value(contains(20)))
                .andExpect(jsonPath("$.rows[?(@.major == '機電一體化技術')].codes[0]").value(contains("460301")))
                .andExpect(
                        jsonPath("$.rows[?(@.major == '有色金属智能冶金技术')].standing").value(contains("UNANSWERED")))
                .andExpect(jsonPath("$.rows[?(@.major == '有色金属智能冶金技术')].headcountByIndustry.C")
                        .value(contains(30)))
                .andExpect(jsonPath("$.rows[?(@.major == '有色金属智能冶金技术')].gap").value(contains(30)));
        send(get("/api/v1/majors/demand?region=3408xx"), "").andExpect(status().isBadRequest());

        var page = user(RongheUserFactory.forLogin(secretariat, Instant.now()));
        String html = mvc.perform(get("/docking/majors")
                        .param("bodyId", body.toString())
                        .param("major", "工业机器人技术专业")
                        .with(page)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"majors-table\"", "需求不足", "无专业对应", "/talent/needs/" + robots, "专业学院" + tag)
                .doesNotContain("/talent/needs/" + filled);
        mvc.perform(get("/docking/majors").with(page).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Majors against demand")));
    }
}
