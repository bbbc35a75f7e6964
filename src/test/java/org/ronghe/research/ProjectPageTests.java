package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Project pages, for each role that reaches them: the secretariat plans a project among the body's members (every
 * problem shown, nothing typed dropped), the client declares a payment, the performer confirms it, the client accepts;
 * an observer reads, an outsider neither reads nor lists.
 */
@IntegrationTest
class ProjectPageTests {

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
    Long enterprise;
    Long university;
    RequestPostProcessor secretariat;
    RequestPostProcessor observer;
    RequestPostProcessor client;
    RequestPostProcessor performer;
    RequestPostProcessor outsider;

    @BeforeEach
    void aBodyWithTwoMembers() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("页面研发共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        enterprise = organisation("页面研发铝业" + tag, OrganisationType.ENTERPRISE);
        university = organisation("页面研发大学" + tag, OrganisationType.UNIVERSITY);
        admissions.admit(body, enterprise, LocalDate.of(2025, 1, 1), null);
        admissions.admit(body, university, LocalDate.of(2025, 1, 1), null);
        secretariat = login("pp-s-" + tag, Grant.secretariatOf(body));
        observer = login("pp-v-" + tag, Grant.observerOf(body));
        client = login("pp-e-" + tag, Grant.adminOf(enterprise));
        performer = login("pp-u-" + tag, Grant.adminOf(university));
        outsider = login("pp-o-" + tag, Grant.adminOf(organisation("页面局外" + tag, OrganisationType.ENTERPRISE)));
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    RequestPostProcessor login(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Project-Page-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        assertThat(page("/projects/new?bodyId=" + body, secretariat, "zh-CN"))
                .contains("页面研发铝业" + tag, "页面研发大学" + tag)
                .doesNotContain("页面局外" + tag);
        mvc.perform(post("/projects")
                        .with(secretariat)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("field", "再生铝")
                        .param("parties[0].organisationId", enterprise.toString())
                        .param("parties[0].role", "CLIENT")
                        .param("parties[0].budget", "三百万"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("请填写数字金额，例如 1200000.50。"),
                                containsString("value=\"三百万\""),
                                containsString("value=\"再生铝\""))));
        mvc.perform(post("/projects")
                        .with(secretariat)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("bodyId", body.toString())
                        .param("parties[0].organisationId", enterprise.toString())
                        .param("parties[0].role", "CLIENT"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("请填写项目名称。"), containsString("请选择项目类型。"), containsString("项目须有一个承担方。"))));
        assertThat(jdbc.queryForObject("select count(*) from research_projects where body_id = ?", Long.class, body))
                .isZero();
    }

    @Test
    void theClientPaysThePerformerConfirmsAndTheClientAccepts() throws Exception {
        String project = mvc.perform(post("/projects")
                        .with(secretariat)
                        .with(csrf())
                        .param("bodyId", body.toString())
                        .param("title", "赤泥综合利用联合攻关")
                        .param("kind", "TACKLING")
                        .param("parties[0].organisationId", enterprise.toString())
                        .param("parties[0].role", "CLIENT")
                        .param("parties[0].budget", "3000000")
                        .param("parties[1].organisationId", university.toString())
                        .param("parties[1].role", "PERFORMER"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(project, client, "zh-CN"))
                .contains("赤泥综合利用联合攻关", "3,000,000.00", "id=\"declare-" + enterprise + "\"")
                .doesNotContain("id=\"declare-" + university + "\"");
        mvc.perform(multipart(project + "/tranches")
                        .file(new MockMultipartFile("file", "回单.pdf", "application/pdf", TestFiles.PDF))
                        .param("payerId", enterprise.toString())
                        .param("payeeId", university.toString())
                        .param("amount", "1200000")
                        .param("paidOn", "2026-03-15")
                        .with(client)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long tranche =
                jdbc.queryForObject("select id from research_tranches where payer_id = ?", Long.class, enterprise);
        assertThat(page(project, client, "zh-CN")).doesNotContain("id=\"confirm-" + tranche + "\"");
        assertThat(page(project, performer, "zh-CN")).contains("id=\"confirm-" + tranche + "\"", "待确认");
        mvc.perform(post("/tranches/" + tranche + "/confirm")
                        .with(performer)
                        .with(csrf())
                        .param("version", "0")
                        .param("organisationId", university.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(project, observer, "zh-CN"))
                .contains("已到账", "id=\"money-confirmed\">1,200,000.00<")
                .doesNotContain("id=\"step-start\"");

        Long id = Long.valueOf(project.substring("/projects/".length()));
        String version = "select version from research_projects where id = ?";
        mvc.perform(post(project + "/start")
                        .with(secretariat)
                        .with(csrf())
                        .param("version", jdbc.queryForObject(version, String.class, id)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(project, performer, "zh-CN")).doesNotContain("id=\"step-accept-");
        assertThat(page(project, client, "zh-CN")).contains("id=\"step-accept-" + enterprise + "\"");
        mvc.perform(post(project + "/accept")
                        .with(client)
                        .with(csrf())
                        .param("version", jdbc.queryForObject(version, String.class, id))
                        .param("organisationId", enterprise.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(project, client, "en")).contains("Accepted").doesNotContain("id=\"edit-link\"");
        assertThat(page(project, client, "zh-TW")).contains("已驗收");
    }

    @Test
    void outsidersNeitherReadNorList() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(secretariat)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"bodyId\":" + body + ",\"title\":\"保密研发项目" + tag
                                + "\",\"kind\":\"JOINT\",\"parties\":["
                                + "{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\"}]}"))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from research_projects where body_id = ?", Long.class, body);
        mvc.perform(get("/projects/" + id).with(outsider)).andExpect(status().isForbidden());
        assertThat(page("/projects", outsider, "zh-CN"))
                .doesNotContain("保密研发项目" + tag)
                .contains("还没有可查看的科研项目");
        assertThat(page("/projects?bodyId=" + body, observer, "en")).contains("保密研发项目" + tag, "R&amp;D projects");
        assertThat(page("/projects/" + id, observer, "zh-CN"))
                .doesNotContain("id=\"declare-")
                .doesNotContain("id=\"step-terminate\"");
        assertThat(page("/projects", secretariat, "zh-CN")).contains("保密研发项目" + tag);
    }

    @Test
    void milestonesAndOutputsOnThePage() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(secretariat)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"bodyId\":" + body + ",\"title\":\"再生铝保级利用\",\"kind\":\"JOINT\",\"parties\":["
                                + "{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\"}]}"))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from research_projects where body_id = ?", Long.class, body);
        String project = "/projects/" + id;
        String version = "select version from research_projects where id = ?";
        mvc.perform(post(project + "/milestones")
                        .with(secretariat)
                        .with(csrf())
                        .param("title", "小试完成")
                        .param("deliverable", "小试报告")
                        .param("dueOn", "2026-06-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(project + "/start")
                        .with(secretariat)
                        .with(csrf())
                        .param("version", jdbc.queryForObject(version, String.class, id)))
                .andExpect(status().is3xxRedirection());
        Long milestone = jdbc.queryForObject("select id from research_milestones where project_id = ?", Long.class, id);
        assertThat(page(project, client, "zh-CN")).contains("小试完成").doesNotContain("id=\"submit-" + milestone);
        assertThat(page(project, performer, "zh-CN")).contains("id=\"submit-" + milestone + "-" + university + "\"");
        mvc.perform(post("/milestones/" + milestone + "/submit")
                        .with(performer)
                        .with(csrf())
                        .param("version", "0")
                        .param("organisationId", university.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(project, performer, "zh-CN")).doesNotContain("id=\"accept-milestone-" + milestone + "\"");
        assertThat(page(project, client, "zh-CN")).contains("id=\"accept-milestone-" + milestone + "\"", "待验收");
        mvc.perform(post("/milestones/" + milestone + "/accept")
                        .with(client)
                        .with(csrf())
                        .param("version", "1")
                        .param("organisationId", enterprise.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(project, observer, "en")).contains("Milestones and deliverables", "Accepted");

        mvc.perform(post(project + "/outputs")
                        .with(performer)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("kind", "STANDARD")
                        .param("title", "再生铝合金锭")
                        .param("identifier", "YS/T 1234")
                        .param("ownerIds", university.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", containsString("标准编号“YS/T 1234”格式不正确")));
        mvc.perform(post(project + "/outputs")
                        .with(performer)
                        .with(csrf())
                        .param("kind", "STANDARD")
                        .param("title", "再生铝合金锭")
                        .param("identifier", "ys/t 1234-2026")
                        .param("ownerIds", university.toString(), enterprise.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(project, observer, "zh-TW")).contains("YS/T 1234-2026", "再生铝合金锭", "標準");
        assertThat(page(project, observer, "zh-CN")).doesNotContain("id=\"output-form\"", "id=\"milestone-form\"");
    }

    @Test
    void anAmountInWordsDeclaresOrRecordsNothing() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(secretariat)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"bodyId\":" + body + ",\"title\":\"金额页面\",\"kind\":\"COMMISSIONED\",\"parties\":["
                                + "{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\"}]}"))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from research_projects where body_id = ?", Long.class, body);
        mvc.perform(multipart("/projects/" + id + "/tranches")
                        .param("payerId", enterprise.toString())
                        .param("payeeId", university.toString())
                        .param("amount", "一百二十万")
                        .param("paidOn", "2026-03-15")
                        .header("Accept-Language", "zh-CN")
                        .with(client)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "请填写数字金额，例如 1200000.50。"));
        mvc.perform(post("/projects/" + id + "/transfers")
                        .with(performer)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("title", "铝灰无害化处理技术")
                        .param("mode", "ASSIGNMENT")
                        .param("fromOrganisationId", university.toString())
                        .param("toOrganisationId", enterprise.toString())
                        .param("amount", "two million")
                        .param("contractOn", "2026-07-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Enter an amount in figures, e.g. 1200000.50."));
        assertThat(jdbc.queryForObject("select count(*) from research_tranches where project_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from research_transfers where project_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void aTamperedVersionIsNamedOnTheFormAndNothingIsRevised() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(secretariat)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"bodyId\":" + body + ",\"title\":\"版本页面\",\"kind\":\"COMMISSIONED\",\"parties\":["
                                + "{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\"}]}"))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from research_projects where body_id = ?", Long.class, body);
        for (String[] language : List.of(new String[] {"zh-CN", "表单的版本号无法识别，请重新打开页面后再保存。"}, new String[] {
            "en", "The version number of this form could not be read: open the page again and save."
        })) {
            String back = mvc.perform(post("/projects/" + id + "/edit")
                            .with(secretariat)
                            .with(csrf())
                            .header("Accept-Language", language[0])
                            .param("version", "v0")
                            .param("bodyId", body.toString())
                            .param("title", "篡改后的标题")
                            .param("kind", "COMMISSIONED")
                            .param("parties[0].organisationId", enterprise.toString())
                            .param("parties[0].role", "CLIENT")
                            .param("parties[1].organisationId", university.toString())
                            .param("parties[1].role", "PERFORMER"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(back).contains(language[1].replace("'", "&#39;"), "value=\"篡改后的标题\"");
        }
        assertThat(jdbc.queryForObject("select title from research_projects where id = ?", String.class, id))
                .isEqualTo("版本页面");
    }

    @Test
    void bothSidesConfirmATransferOnThePage() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(secretariat)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"bodyId\":" + body + ",\"title\":\"铝灰资源化\",\"kind\":\"COMMISSIONED\",\"parties\":["
                                + "{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\"},"
                                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\"}]}"))
                .andExpect(status().isCreated());
        Long id = jdbc.queryForObject("select id from research_projects where body_id = ?", Long.class, body);
        String project = "/projects/" + id;
        assertThat(page(project, performer, "zh-CN")).contains("id=\"transfer-form\"", "还没有登记成果转化");
        mvc.perform(post(project + "/transfers")
                        .with(performer)
                        .with(csrf())
                        .param("title", "铝灰无害化处理技术")
                        .param("mode", "ASSIGNMENT")
                        .param("fromOrganisationId", university.toString())
                        .param("toOrganisationId", enterprise.toString())
                        .param("amount", "2000000")
                        .param("contractOn", "2026-07-01"))
                .andExpect(status().is3xxRedirection());
        Long transfer = jdbc.queryForObject("select id from research_transfers where project_id = ?", Long.class, id);
        assertThat(page(project, performer, "zh-CN")).doesNotContain("id=\"confirm-transfer-" + transfer);
        assertThat(page(project, client, "zh-CN"))
                .contains("id=\"confirm-transfer-" + transfer + "-" + enterprise + "\"", "待双方确认", "2,000,000.00");
        mvc.perform(post("/transfers/" + transfer + "/confirm")
                        .with(client)
                        .with(csrf())
                        .param("version", "0")
                        .param("organisationId", enterprise.toString()))
                .andExpect(status().is3xxRedirection());
        Long capability =
                jdbc.queryForObject("select capability_id from research_transfers where id = ?", Long.class, transfer);
        assertThat(page(project, observer, "zh-CN"))
                .contains("双方已确认", "href=\"/docking/capabilities/" + capability + "\"")
                .doesNotContain("id=\"transfer-form\"");
        assertThat(page(project, observer, "en")).contains("Transfers of results", "assignment");
    }
}
