package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Community;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Community community;

    @Autowired
    Identity identity;

    @Test
    void homeListsBothSeedBodiesInChinese() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("lang=\"zh-CN\"")));
        // other tests found bodies of their own in the same database, which may come first: read the pages in turn
        StringBuilder listed = new StringBuilder();
        for (int page = 0;
                page < 50
                        && !(listed.toString().contains("安庆市域产教联合体")
                                && listed.toString().contains("国家有色金属行业产教融合共同体"));
                page++) {
            listed.append(mvc.perform(get("/").param("page", Integer.toString(page)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        }
        assertThat(listed.toString()).contains("国家有色金属行业产教融合共同体", "安庆市域产教联合体");
    }

    @Test
    void homeSearchUsesTheSameChineseSearch() throws Exception {
        mvc.perform(get("/").param("q", "有色"))
                .andExpect(content()
                        .string(allOf(containsString("国家有色金属行业产教融合共同体"), not(containsString("安庆高新技术产业开发区产教联合体")))));
    }

    @Test
    void traditionalChineseSearchWorksOnThePages() throws Exception {
        mvc.perform(get("/").param("q", "產教融合"))
                .andExpect(content().string(allOf(containsString("国家有色金属行业产教融合共同体"), containsString("安庆市域产教联合体"))));
        mvc.perform(get("/organisations").param("q", "安慶職業技術學院"))
                .andExpect(content().string(allOf(containsString("安庆职业技术学院"), not(containsString("安庆师范大学")))));
    }

    @Test
    void memberListPagesThroughOneTypeOrAll() throws Exception {
        String members = "/bodies/" + idOf("国家有色金属行业产教融合共同体") + "/members";
        mvc.perform(get(members).param("type", "ENTERPRISE"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("中铝集团"), containsString("西南铝"), not(containsString("中南大学")))));
        mvc.perform(get(members))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("中铝集团"), containsString("中南大学"))));
        mvc.perform(get(members).param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("中铝集团"))));
    }

    @Test
    void bodyPageShowsDeclaredBesideRegistered() throws Exception {
        mvc.perform(get("/bodies/" + idOf("国家有色金属行业产教融合共同体")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"declared-total\">157<"),
                                containsString("data-declared=\"88\""),
                                containsString("中铝集团"),
                                containsString("理事长单位"))));
    }

    @Test
    void languageSwitchShowsEnglishAndTraditionalChinese() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/organisations").param("lang", "zh-TW"))
                .andExpect(content().string(containsString("lang=\"zh-TW\"")));
    }

    @Test
    void industriesAreNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/organisations").param("lang", "en"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("32 Smelting and pressing of non-ferrous metals"),
                                containsString("C Manufacturing"),
                                org.hamcrest.Matchers.not(containsString("有色金属冶炼和压延加工业")))));
        mvc.perform(get("/organisations").param("lang", "zh-TW"))
                .andExpect(content().string(containsString("32 有色金屬冶煉和壓延加工業")));
        mvc.perform(get("/organisations").param("lang", "zh-CN"))
                .andExpect(content().string(containsString("32 有色金属冶炼和压延加工业")));
    }

    @Test
    void unknownBodyGivesTheFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/bodies/424242"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")));
    }

    @Test
    void secretariatEditsItsBodyButNotAnother() throws Exception {
        Long anqing = idOf("安庆高新技术产业开发区产教联合体");
        Long park = idOf("安庆经济技术开发区产教联合体");
        var account = identity.findByUsername("hidz-secretariat")
                .orElseGet(() -> identity.createAccount(
                        "hidz-secretariat", "秘书处", "Anqing-Sec-2026", List.of(Grant.secretariatOf(anqing))));
        var principal = user(RongheUserFactory.forLogin(account, Instant.now()));
        long version = community.get(anqing).version();
        mvc.perform(post("/bodies/" + anqing + "/edit")
                        .with(principal)
                        .with(csrf())
                        .param("shortName", "安庆高新区产教联合体")
                        .param("description", "新的简介")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/bodies/" + anqing)).andExpect(content().string(containsString("新的简介")));
        mvc.perform(post("/bodies/" + park + "/edit")
                        .with(principal)
                        .with(csrf())
                        .param("description", "x")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bodies/" + anqing + "/edit")
                        .with(principal)
                        .with(csrf())
                        .param("description", "stale")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被其他人修改")));
    }

    @Test
    void organisationFormShowsEachProblemUnderItsFieldAndThenWarnsOfTheDuplicate() throws Exception {
        var admin =
                user(RongheUserFactory.forLogin(identity.findByUsername("admin").orElseThrow(), Instant.now()));
        mvc.perform(post("/organisations/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", "安慶職業技術學院")
                        .param("type", "VOCATIONAL_SCHOOL")
                        .param("creditCode", "91340800MA2N0000X1")
                        .param("regionCode", "341900")
                        .param("website", "not a site")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("职业学校须选择办学层次。"),
                                containsString("统一社会信用代码校验位错误"),
                                containsString("不是现行的地级行政区"),
                                containsString("网址“not a site”无效。"),
                                containsString("value=\"安慶職業技術學院\""))));
        mvc.perform(post("/organisations/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", "安慶職業技術學院")
                        .param("type", "VOCATIONAL_SCHOOL")
                        .param("schoolLevel", "HIGHER")
                        .param("regionCode", "340800"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"duplicates\""), containsString("安庆职业技术学院"))));
        mvc.perform(post("/bodies/new")
                        .with(admin)
                        .with(csrf())
                        .param("name", "")
                        .param("foundedOn", "")
                        .param("parentId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写名称。"), containsString("请选择类型。"))));
    }

    @Test
    void theSecretariatSetsACouncilTermAndUploadsACharterOnTheGovernancePage() throws Exception {
        Long id = community
                .found(new org.ronghe.community.BodyDraft(
                        "页面治理测试联合体" + System.nanoTime(),
                        null,
                        org.ronghe.community.BodyKind.CITY_CONSORTIUM,
                        null,
                        "340800",
                        null,
                        null))
                .id();
        var account =
                identity.createAccount("gov-page-" + id, "秘书处", "Gov-Page-2026!", List.of(Grant.secretariatOf(id)));
        var secretariat = user(RongheUserFactory.forLogin(account, Instant.now()));
        String page = "/bodies/" + id + "/manage/governance";
        mvc.perform(post("/bodies/" + id + "/governance/terms")
                        .with(secretariat)
                        .with(csrf())
                        .param("ordinal", "1")
                        .param("name", "第一届理事会")
                        .param("startsOn", "2026-01-01")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        Long term = community.profile(id).councilTerms().get(0).id();
        mvc.perform(post("/bodies/" + id + "/governance/terms/" + term + "/seats")
                        .with(secretariat)
                        .with(csrf())
                        .param("organisation", "安慶職業技術學院")
                        .param("position", "CHAIR")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/bodies/" + id + "/governance/terms/" + term + "/seats")
                        .with(secretariat)
                        .with(csrf())
                        .param("organisation", "没有这家单位")
                        .param("position", "VICE_CHAIR")
                        .param("version", String.valueOf(version(id))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problems", List.of("目录中没有名为“没有这家单位”的单位，请先登记。")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/bodies/" + id + "/governance/charters")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "章程.pdf", "application/pdf", org.ronghe.TestFiles.PDF))
                        .param("title", "联合体章程")
                        .param("adoptedOn", "2026-01-01")
                        .with(secretariat)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(secretariat))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("安庆职业技术学院"),
                                containsString("理事长单位"),
                                containsString("联合体章程"),
                                containsString("章程.pdf"))));
        mvc.perform(get("/bodies/" + idOf("安庆市域产教联合体") + "/manage/governance").with(secretariat))
                .andExpect(status().isForbidden());
    }

    private long version(Long bodyId) {
        return community.get(bodyId).version();
    }

    private Long idOf(String name) {
        return community.search(name, 0, 10).items().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
