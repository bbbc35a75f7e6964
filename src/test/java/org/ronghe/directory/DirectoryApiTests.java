package org.ronghe.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class DirectoryApiTests {

    static final String ADMIN = "Bearer " + IntegrationTest.ADMIN_TOKEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Admissions admissions;

    @Autowired
    JdbcTemplate jdbc;

    ResultActions register(String json, boolean confirmed) throws Exception {
        return mvc.perform(post("/api/v1/organisations")
                .param("duplicateConfirmed", String.valueOf(confirmed))
                .header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    Long registered(String name, String extra) throws Exception {
        String body = register("{\"name\":\"" + name + "\",\"type\":\"ENTERPRISE\"" + extra + "}", true)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void registersAnOrganisationWithRegionAndIndustryNames() throws Exception {
        register(
                        "{\"name\":\"测试铝材有限公司\",\"type\":\"ENTERPRISE\",\"regionCode\":\"340800\",\"industry\":\"32\","
                                + "\"creditCode\":\"914403001922038216\",\"contact\":\"0556-1234567\"}",
                        false)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.regionName").value("安徽省安庆市"))
                .andExpect(jsonPath("$.industryName").value("C 制造业 / 32 有色金属冶炼和压延加工业"))
                .andExpect(jsonPath("$.contact").value("0556-1234567"));
    }

    @Test
    void listsEveryInvalidFieldInTheUsersLanguageAndSavesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from organisations", Long.class);
        mvc.perform(
                        post("/api/v1/organisations")
                                .header("Authorization", ADMIN)
                                .header("Accept-Language", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"\",\"type\":\"ENTERPRISE\",\"creditCode\":\"91440300192203821\",\"regionCode\":\"341900\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Enter the organisation's name."))
                .andExpect(jsonPath("$.errors.creditCode").value(org.hamcrest.Matchers.containsString("18")))
                .andExpect(jsonPath("$.errors.regionCode").value(org.hamcrest.Matchers.containsString("341900")));
        assertThat(jdbc.queryForObject("select count(*) from organisations", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aCreditCodeInUseNamesTheOrganisationUsingIt() throws Exception {
        registered("信用代码甲公司", ",\"creditCode\":\"91330100716105852F\"");
        register("{\"name\":\"信用代码乙公司\",\"type\":\"ENTERPRISE\",\"creditCode\":\"91330100716105852F\"}", true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.creditCode").value("该统一社会信用代码已被“信用代码甲公司”使用。"));
    }

    @Test
    void warnsOfADuplicateWrittenInTraditionalCharactersOrFullWidth() throws Exception {
        register("{\"name\":\"安慶職業技術學院 \",\"type\":\"VOCATIONAL_SCHOOL\",\"schoolLevel\":\"HIGHER\"}", false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("可能重复"))
                .andExpect(jsonPath("$.duplicates[0].name").value("安庆职业技术学院"));
        registered("重名检测ＡＢＣ公司", "");
        register("{\"name\":\"重名检测 abc 公司\",\"type\":\"ENTERPRISE\"}", false).andExpect(status().isConflict());
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() throws Exception {
        Long id = registered("并发编辑测试公司", "");
        String update = "{\"name\":\"并发编辑测试公司（改）\",\"type\":\"ENTERPRISE\"}";
        mvc.perform(put("/api/v1/organisations/" + id)
                        .param("version", "0")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/organisations/" + id)
                        .param("version", "0")
                        .header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"别人的修改\",\"type\":\"ENTERPRISE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("数据已被修改"));
        mvc.perform(get("/api/v1/organisations/" + id))
                .andExpect(jsonPath("$.name").value("并发编辑测试公司（改）"));
    }

    @Test
    void anOrganisationAdminEditsOnlyItsOwnOrganisation() throws Exception {
        Long own = registered("自有单位测试公司", "");
        Long other = registered("他人单位测试公司", "");
        var account = identity.createAccount("org-admin-edit", "单位管理员", "Org-Admin-2026!", List.of(Grant.adminOf(own)));
        String token = "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
        String json = "{\"name\":\"自有单位测试公司\",\"type\":\"ENTERPRISE\",\"website\":\"example.cn\"}";
        mvc.perform(put("/api/v1/organisations/" + own)
                        .param("version", "0")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.website").value("https://example.cn"));
        mvc.perform(put("/api/v1/organisations/" + other)
                        .param("version", "0")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations/" + own + "/merge")
                        .param("duplicate", String.valueOf(other))
                        .header("Authorization", token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isForbidden());
    }

    @Test
    void mergingKeepsMembershipsRolesAndOldLinks() throws Exception {
        Long body = jdbc.queryForObject("select id from bodies where name = '安庆市域产教联合体'", Long.class);
        Long survivor = registered("合并测试铜业有限公司", "");
        Long duplicate = registered("合并测试铜业有限公司 ", ",\"creditCode\":\"9144030071526726XG\"");
        admissions.admit(body, duplicate, null, "录入时重复");
        var account =
                identity.createAccount("dup-admin", "重复单位管理员", "Dup-Admin-2026!", List.of(Grant.adminOf(duplicate)));

        mvc.perform(post("/api/v1/organisations/" + survivor + "/merge")
                        .param("duplicate", String.valueOf(duplicate))
                        .header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditCode").value("9144030071526726XG"))
                .andExpect(jsonPath("$.affiliations[0].targetName").value("安庆市域产教联合体"));
        mvc.perform(get("/api/v1/organisations/" + duplicate))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/api/v1/organisations/" + survivor));
        assertThat(admissions.get(body, survivor).history()).hasSize(1);
        assertThat(identity.account(account.id()).grants()).containsExactly(Grant.adminOf(survivor));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'organisation.merged' " + "and subject = ?",
                        Long.class,
                        "organisation:" + survivor + "/merged:" + duplicate))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/organisations").param("q", "合并测试铜业"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void filtersByRegionAtAnyLevelIndustryBodyAndStatus() throws Exception {
        Long id = registered("筛选测试精密铸造公司", ",\"regionCode\":\"340822\",\"industry\":\"33\"");
        Long body = jdbc.queryForObject("select id from bodies where name = '安庆市域产教联合体'", Long.class);
        admissions.apply(body, id, "申请");
        mvc.perform(get("/api/v1/organisations")
                        .param("region", "340000")
                        .param("industry", "C")
                        .param("q", "精密铸造"))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.intValue())));
        mvc.perform(get("/api/v1/organisations")
                        .param("region", "340800")
                        .param("industry", "33")
                        .param("body", body.toString())
                        .param("status", "PENDING")
                        .param("size", "100"))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.intValue())));
        mvc.perform(get("/api/v1/organisations").param("region", "110000").param("q", "精密铸造"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id.intValue()))));
        mvc.perform(get("/api/v1/organisations")
                        .param("body", body.toString())
                        .param("status", "ACTIVE")
                        .param("size", "200"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id.intValue()))));
    }

    /** Seen from outside: industry=zz, q=%00 and region=\ answered 500 with a stack trace in the log. */
    @Test
    void oddSearchParametersGetAnAnswerNotAServerError() throws Exception {
        String[][] odd = {
            {"industry", "zz"},
            {"industry", "C99999"},
            {"q", "\u0000"},
            {"q", "安庆\u0000学院"},
            {"region", "\\"},
            {"region", "99999999999"},
            {"q", "*:*"},
            {"q", "\"("},
            {"sort", "name;drop"},
            {"type", "NOPE"},
            {"body", "x"}
        };
        for (String[] parameter : odd) {
            for (String path : new String[] {"/api/v1/organisations", "/organisations"}) {
                int answer = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                                .param(parameter[0], parameter[1])
                                .header("Accept-Language", "zh-CN"))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                org.assertj.core.api.Assertions.assertThat(answer)
                        .as(path + "?" + parameter[0] + "=" + parameter[1])
                        .isIn(200, 400);
            }
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/organisations")
                        .param("sort", "nope")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("链接中的参数“sort”取值无效")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/organisations")
                        .param("sort", "nope")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sort").value(org.hamcrest.Matchers.startsWith("链接中的参数“sort”取值无效")));
    }
}
