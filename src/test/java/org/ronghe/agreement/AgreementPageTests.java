package org.ronghe.agreement;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Agreement pages: the form shows every problem under its field, then a party drafts, signs and terminates. */
@IntegrationTest
class AgreementPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor adminOf(Long organisation, String username) {
        var account = identity.createAccount(
                username, username, "Agreement-Page-2026!", List.of(Grant.adminOf(organisation)));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    Long organisation(String name) {
        return directory
                .register(
                        new OrganisationDraft(
                                name, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
    }

    @Test
    void aPartyDraftsWithTheFormSignsAndTerminatesAfterConfirming() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = organisation("页面协议学院" + tag);
        organisation("页面协议企业" + tag);
        var admin = adminOf(school, "ap-" + tag);

        mvc.perform(post("/agreements")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("title", "")
                        .param("parties[0].organisation", "页面协议学院" + tag)
                        .param("parties[0].role", "INITIATOR")
                        .param("parties[2].organisation", "不存在的单位" + tag)
                        .param("parties[2].role", "PARTNER")
                        .param("parties[0].committedCash", "100.005"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("请填写协议名称。"),
                                containsString("请选择协议类型。"),
                                containsString("金额最多精确到分"),
                                containsString("value=\"不存在的单位" + tag + "\""))));
        mvc.perform(post("/agreements")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("title", "金额写成汉字的协议" + tag)
                        .param("kind", "ORDER_CLASS")
                        .param("parties[0].organisation", "页面协议学院" + tag)
                        .param("parties[0].role", "INITIATOR")
                        .param("parties[0].committedCash", "一百万"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("请填写数字金额，例如 1200000.50。"), containsString("value=\"一百万\""))));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from agreements where title = ?", Long.class, "金额写成汉字的协议" + tag))
                .isZero();

        String location = mvc.perform(post("/agreements")
                        .with(admin)
                        .with(csrf())
                        .param("title", "订单班合作协议")
                        .param("kind", "ORDER_CLASS")
                        .param("parties[0].organisation", "页面协议学院" + tag)
                        .param("parties[0].role", "INITIATOR")
                        .param("parties[0].committedCash", "1200000.50")
                        .param("parties[1].organisation", "页面协议企业" + tag)
                        .param("parties[1].role", "HOST"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agreements/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("草稿"),
                                containsString("1,200,000.50"),
                                containsString("承办方"),
                                containsString("id=\"sign-" + school + "\""))));

        Long enterprise = directory.sameName("页面协议企业" + tag).get(0).id();
        mvc.perform(post(location + "/signatures")
                        .with(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("organisationId", school.toString())
                        .param("signedOn", "2024-07-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("草稿"),
                                containsString("共 2 个签约方，已有 1 方签署"),
                                not(containsString("id=\"sign-" + school + "\"")),
                                not(containsString("id=\"step-in-force\"")))));
        var enterpriseAdmin = adminOf(enterprise, "ap-e-" + tag);
        mvc.perform(get(location).with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"sign-" + enterprise + "\""),
                                containsString("以“页面协议企业" + tag + "”名义签署"))));
        mvc.perform(get("/workbench").with(enterpriseAdmin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("等待本单位签署的协议"),
                                containsString("订单班合作协议"),
                                containsString(location + "#signatures"))));
        mvc.perform(post(location + "/signatures")
                        .with(enterpriseAdmin)
                        .with(csrf())
                        .param("version", "1")
                        .param("organisationId", enterprise.toString())
                        .param("signedOn", "2024-07-02"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location + "/print").with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("订单班合作协议"),
                                containsString("已签署"),
                                containsString("签署日期 2024-07-02"),
                                containsString("页面协议企业" + tag),
                                containsString("1,200,000.50"),
                                containsString("data-print"))));
        mvc.perform(post(location + "/terminate")
                        .with(admin)
                        .with(csrf())
                        .param("version", "2")
                        .param("reason", "合作调整"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("已终止"),
                                containsString("合作调整"),
                                not(containsString("id=\"step-")),
                                containsString("id=\"timeline\""),
                                containsString("<strong>签署</strong>"),
                                containsString("<strong>终止</strong>"))));
        mvc.perform(post(location + "/signatures")
                        .with(admin)
                        .with(csrf())
                        .param("version", "3")
                        .param("organisationId", enterprise.toString())
                        .param("signedOn", "2024-07-02"))
                .andExpect(status().isForbidden());

        var outsider = adminOf(organisation("页面局外" + tag), "ap-o-" + tag);
        mvc.perform(get(location).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get(location + "/print").with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/agreements").with(outsider).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("没有符合条件的协议。")));
    }

    @Test
    void theEditFormRevisesAndKeepsWhatWasTypedOnAConflict() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = organisation("编辑协议学院" + tag);
        organisation("编辑协议企业" + tag);
        var admin = adminOf(school, "ae-" + tag);
        String location = mvc.perform(post("/agreements")
                        .with(admin)
                        .with(csrf())
                        .param("title", "实训基地共建协议" + tag)
                        .param("kind", "CO_BUILT_BASE")
                        .param("parties[0].organisation", "编辑协议学院" + tag)
                        .param("parties[0].role", "INITIATOR")
                        .param("parties[1].organisation", "编辑协议企业" + tag)
                        .param("parties[1].role", "HOST"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location + "/edit").with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("编辑协议"),
                                containsString("value=\"实训基地共建协议" + tag + "\""),
                                containsString("value=\"编辑协议企业" + tag + "\""))));

        mvc.perform(post(location + "/edit")
                        .with(admin)
                        .with(csrf())
                        .param("version", "0")
                        .param("title", "实训基地共建协议（修订）" + tag)
                        .param("kind", "CO_BUILT_BASE")
                        .param("parties[0].organisation", "编辑协议学院" + tag)
                        .param("parties[0].role", "INITIATOR")
                        .param("parties[1].organisation", "编辑协议企业" + tag)
                        .param("parties[1].role", "HOST"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(containsString("实训基地共建协议（修订）" + tag), containsString("<strong>修订条款</strong>"))));

        mvc.perform(post(location + "/edit")
                        .with(admin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("version", "0")
                        .param("title", "过时的修改" + tag)
                        .param("kind", "CO_BUILT_BASE")
                        .param("parties[0].organisation", "编辑协议学院" + tag)
                        .param("parties[0].role", "INITIATOR")
                        .param("parties[1].organisation", "编辑协议企业" + tag)
                        .param("parties[1].role", "HOST"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("id=\"problem\""), containsString("value=\"过时的修改" + tag + "\""))));
    }

    @Test
    void theFormOffersTheBodysMeetingsAndTheSeedAgreementShowsWhereItWasSigned() throws Exception {
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long agreement =
                jdbc.queryForObject("select id from agreements where title like '科技攻关项目合作协议（中国铜业%'", Long.class);
        var admin =
                user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
        mvc.perform(get("/agreements/meetings?bodyId=" + body).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"meetingId\""),
                                containsString("2024-07-02 · 国家有色金属行业产教融合共同体成立大会"))));
        mvc.perform(get("/agreements/" + agreement).with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("签约会议"), containsString("国家有色金属行业产教融合共同体成立大会"))));
    }
}
