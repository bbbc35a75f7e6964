package org.ronghe.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
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

/**
 * Joint R&D projects through the API: planned under an agreement of the body, money declared by the payer counts only
 * once the payee confirms it, the client alone accepts the results, and nobody outside sees or touches any of it.
 */
@IntegrationTest
class ProjectApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    AgreementBook agreements;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    Long enterprise;
    Long university;
    Long agreement;
    String secretariat;
    String observer;
    String enterpriseAdmin;
    String universityAdmin;
    String outsiderAdmin;

    @BeforeEach
    void aBodyWithAJointResearchAgreement() {
        String tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("研发测试共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        enterprise = organisation("研发测试铜业" + tag, OrganisationType.ENTERPRISE);
        university = organisation("研发测试大学" + tag, OrganisationType.UNIVERSITY);
        Long outsider = organisation("研发局外企业" + tag, OrganisationType.ENTERPRISE);
        secretariat = token("rp-s-" + tag, Grant.secretariatOf(body));
        observer = token("rp-v-" + tag, Grant.observerOf(body));
        enterpriseAdmin = token("rp-e-" + tag, Grant.adminOf(enterprise));
        universityAdmin = token("rp-u-" + tag, Grant.adminOf(university));
        outsiderAdmin = token("rp-o-" + tag, Grant.adminOf(outsider));
        agreement = agreements
                .draft(new AgreementDraft(
                        "联合研发协议" + tag,
                        AgreementKind.JOINT_RESEARCH,
                        body,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(enterprise, PartyRole.FUNDER, null, null, null),
                                new Party(university, PartyRole.PARTNER, null, null, null))))
                .id();
    }

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    String token(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Research-2026!", List.of(grant));
        return "Bearer "
                + identity.issueToken(account.id(), "t", Duration.ofDays(1)).secret();
    }

    ResultActions json(String path, String token, String body) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", token)
                .header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    String terms(Long agreementId) {
        return "{\"bodyId\":" + body + ",\"title\":\"高端铝合金熔铸攻关\",\"kind\":\"TACKLING\",\"field\":\"有色金属材料\","
                + "\"agreementId\":" + agreementId + ",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\","
                + "\"parties\":[{\"organisationId\":" + enterprise + ",\"role\":\"CLIENT\",\"budget\":3000000},"
                + "{\"organisationId\":" + university + ",\"role\":\"PERFORMER\",\"budget\":500000.50}]}";
    }

    Long plan() throws Exception {
        String created = json("/api/v1/projects", secretariat, terms(agreement))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.committed").value(3500000.50))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    ResultActions declare(Long project, String token, Long payer, Long payee, String amount) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + project + "/tranches")
                .file(new MockMultipartFile("file", "拨款凭证.pdf", "application/pdf", TestFiles.PDF))
                .param("payerId", payer.toString())
                .param("payeeId", payee.toString())
                .param("amount", amount)
                .param("paidOn", "2026-03-15")
                .header("Authorization", token)
                .header("Accept-Language", "zh-CN"));
    }

    Long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    String decision(Long organisation, int version, String reason) {
        return "{\"organisationId\":" + organisation + ",\"version\":" + version
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    @Test
    void aPlannedProjectNeedsAClientAPerformerAndAnAgreementOfItsBody() throws Exception {
        json("/api/v1/projects", secretariat, terms(agreement).replace("\"CLIENT\"", "\"CO_PERFORMER\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parties").value("项目须有一个委托方。"));
        Long elsewhere = agreements
                .draft(new AgreementDraft(
                        "别处协议",
                        AgreementKind.JOINT_RESEARCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new Party(enterprise, PartyRole.FUNDER, null, null, null))))
                .id();
        json("/api/v1/projects", secretariat, terms(elsewhere))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.agreementId").value("所选协议不存在或不属于该组织。"));
        json("/api/v1/projects", outsiderAdmin, terms(agreement)).andExpect(status().isForbidden());
        json("/api/v1/projects", universityAdmin, terms(agreement)).andExpect(status().isCreated());
    }

    @Test
    void moneyCountsAsReceivedOnlyWhenThePayeeConfirmsIt() throws Exception {
        Long project = plan();
        Long tranche = id(declare(project, enterpriseAdmin, enterprise, university, "1200000.00")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DECLARED"))
                .andExpect(jsonPath("$.voucher").value(true)));
        json("/api/v1/tranches/" + tranche + "/confirm", enterpriseAdmin, decision(enterprise, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("付款方不能确认自己申报的款项，须由收款方确认。"));
        json("/api/v1/tranches/" + tranche + "/confirm", outsiderAdmin, decision(enterprise, 0, null))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where result = 'DENIED' and subject = ?",
                        Long.class,
                        "/api/v1/tranches/" + tranche + "/confirm"))
                .isEqualTo(1);
        json("/api/v1/tranches/" + tranche + "/confirm", universityAdmin, decision(university, 7, null))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/projects/" + project).header("Authorization", observer))
                .andExpect(jsonPath("$.declared").value(1200000))
                .andExpect(jsonPath("$.confirmed").value(0));
        json("/api/v1/tranches/" + tranche + "/confirm", universityAdmin, decision(university, 0, null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));

        Long disputed = id(declare(project, enterpriseAdmin, enterprise, university, "800000"));
        json("/api/v1/tranches/" + disputed + "/dispute", universityAdmin, decision(university, 0, ""))
                .andExpect(status().isConflict());
        json("/api/v1/tranches/" + disputed + "/dispute", universityAdmin, decision(university, 0, "未收到该笔款项"))
                .andExpect(jsonPath("$.status").value("DISPUTED"));
        mvc.perform(get("/api/v1/projects/" + project).header("Authorization", observer))
                .andExpect(jsonPath("$.declared").value(1200000))
                .andExpect(jsonPath("$.confirmed").value(1200000));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject like ? order by id",
                        String.class,
                        "project:" + project + "/tranche:%"))
                .containsExactly(
                        "research.tranche.declared",
                        "research.tranche.confirmed",
                        "research.tranche.declared",
                        "research.tranche.disputed");
    }

    @Test
    void aPaymentNeedsAPositiveAmountToAnotherParty() throws Exception {
        Long project = plan();
        declare(project, enterpriseAdmin, enterprise, enterprise, "0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.payeeId").value("收款方不能是付款方本身。"))
                .andExpect(jsonPath("$.errors.amount").value("拨款金额须大于 0。"));
        declare(project, enterpriseAdmin, enterprise, university, "10.001")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").value("金额最多精确到分（两位小数）。"));
        declare(project, outsiderAdmin, enterprise, university, "10").andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from research_tranches where project_id = ?", Long.class, project))
                .isZero();
    }

    @Test
    void onlyTheClientAcceptsARunningProject() throws Exception {
        Long project = plan();
        json("/api/v1/projects/" + project + "/accept", enterpriseAdmin, decision(enterprise, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有进行中的项目可以验收。"));
        json("/api/v1/projects/" + project + "/start", secretariat, "{\"version\":0}")
                .andExpect(jsonPath("$.status").value("RUNNING"));
        json("/api/v1/projects/" + project + "/accept", universityAdmin, decision(university, 1, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有委托方可以验收项目。"));
        json("/api/v1/projects/" + project + "/accept", outsiderAdmin, decision(enterprise, 1, null))
                .andExpect(status().isForbidden());
        json("/api/v1/projects/" + project + "/accept", enterpriseAdmin, decision(enterprise, 1, null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        json("/api/v1/projects/" + project + "/terminate", secretariat, "{\"version\":2,\"reason\":\"经费不足\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void outsidersNeitherReadNorListProjects() throws Exception {
        Long project = plan();
        mvc.perform(get("/api/v1/projects/" + project).header("Authorization", outsiderAdmin))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/projects/" + project + "/tranches").header("Authorization", outsiderAdmin))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/projects?bodyId=" + body).header("Authorization", outsiderAdmin))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/projects?bodyId=" + body).header("Authorization", observer))
                .andExpect(jsonPath("$.items[0].id").value(project));
        mvc.perform(get("/api/v1/projects").header("Authorization", universityAdmin))
                .andExpect(jsonPath("$.items[0].id").value(project));
        mvc.perform(get("/api/v1/projects?agreementId=" + agreement).header("Authorization", observer))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(project));
        mvc.perform(get("/api/v1/projects?agreementId=" + (agreement + 1000000)).header("Authorization", observer))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/projects/" + project)).andExpect(status().isUnauthorized());
    }

    @Test
    void aMilestoneIsReportedByThePerformerAndAcceptedByTheClientOnly() throws Exception {
        Long project = plan();
        Long milestone = id(json(
                        "/api/v1/projects/" + project + "/milestones",
                        secretariat,
                        "{\"title\":\"中试线验证\",\"deliverable\":\"中试报告\",\"dueOn\":\"2026-09-30\"}")
                .andExpect(status().isCreated()));
        String milestones = "/api/v1/milestones/" + milestone;
        json(milestones + "/submit", universityAdmin, decision(university, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有进行中的项目可以提交或验收里程碑。"));
        json("/api/v1/projects/" + project + "/start", secretariat, "{\"version\":1}")
                .andExpect(status().isOk());
        json(milestones + "/submit", enterpriseAdmin, decision(enterprise, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有承担方或协作方可以提交里程碑。"));
        json(milestones + "/submit", universityAdmin, decision(university, 0, null))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        json(milestones + "/accept", universityAdmin, decision(university, 1, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有委托方可以验收或退回里程碑。"));
        json(milestones + "/return", enterpriseAdmin, decision(enterprise, 1, " "))
                .andExpect(status().isConflict());
        json(milestones + "/return", enterpriseAdmin, decision(enterprise, 1, "缺少能耗数据"))
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("缺少能耗数据"));
        json(milestones + "/submit", universityAdmin, decision(university, 2, null));
        json(milestones + "/accept", enterpriseAdmin, decision(enterprise, 3, null))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "project:" + project + "/milestone:" + milestone))
                .containsExactly(
                        "research.milestone.planned",
                        "research.milestone.submitted",
                        "research.milestone.returned",
                        "research.milestone.submitted",
                        "research.milestone.accepted");
    }

    String output(String kind, String identifier, Long... owners) {
        return "{\"kind\":\"" + kind + "\",\"title\":\"一种高强铝合金的熔铸方法\",\"identifier\":"
                + (identifier == null ? "null" : "\"" + identifier + "\"") + ",\"issuedOn\":\"2026-05-01\","
                + "\"ownerIds\":" + java.util.Arrays.toString(owners) + "}";
    }

    @Test
    void outputsCarryCheckedIdentifiersAndPartiesAsOwners() throws Exception {
        Long project = plan();
        String outputs = "/api/v1/projects/" + project + "/outputs";
        String digits = "202610123456";
        char check = org.ronghe.core.PatentNumber.checkCharacter(digits);
        char wrong = check == '0' ? '1' : '0';
        json(outputs, universityAdmin, output("PATENT", digits + "." + wrong, university))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.identifier").value("专利申请号校验位错误：小数点后应为“" + check + "”。"));
        json(outputs, universityAdmin, output("PATENT", null, university))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.identifier").value("专利须填写申请号或专利号，标准须填写标准编号。"));
        Long outsider = jdbc.queryForObject("select max(id) from organisations", Long.class);
        json(outputs, universityAdmin, output("PAPER", null, university, outsider + 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.owners").value("请从项目参与方中选择成果的权属单位。"));
        json(outputs, universityAdmin, output("PATENT", "ZL " + digits + check, university, enterprise))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.identifier").value(digits + "." + check))
                .andExpect(jsonPath("$.patentKind").value("INVENTION"));
        json(outputs, enterpriseAdmin, output("STANDARD", "ys/t  1234—2018", enterprise))
                .andExpect(jsonPath("$.identifier").value("YS/T 1234-2018"));
        json(outputs, enterpriseAdmin, output("STANDARD", "Q/CHALCO 12", enterprise))
                .andExpect(status().isBadRequest());
        json(outputs, universityAdmin, output("PAPER", "https://doi.org/10.1016/J.JALLCOM.2020.155432", university))
                .andExpect(jsonPath("$.identifier").value("10.1016/j.jallcom.2020.155432"));
        json(outputs, universityAdmin, output("PAPER", "doi 10.1016", university))
                .andExpect(status().isBadRequest());
        json(outputs, outsiderAdmin, output("PAPER", null, university)).andExpect(status().isForbidden());
        mvc.perform(get(outputs).header("Authorization", observer))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].ownerIds[1]").value(enterprise));
    }

    @Test
    void eachJointResearchAgreementOfTheFoundingMeetingHasItsPlannedProject() {
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("""
                select a.title as agreement, p.title, p.kind, p.status, p.body_id = a.body_id as same_body,
                       (select count(*) from research_project_parties x where x.project_id = p.id) as parties,
                       (select count(*) from research_project_parties x where x.project_id = p.id
                        and x.budget is not null) as budgets
                from agreements a join research_projects p on p.agreement_id = a.id
                where a.title like '科技攻关项目合作协议（%' order by a.id""");
        assertThat(rows)
                .extracting(r -> r.get("title"))
                .containsExactly("科技攻关项目（郑州研究院—上海交通大学）", "科技攻关项目（中国铜业—中南大学）", "科技攻关项目（中铝高端—重庆大学材料学院）");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("TACKLING");
            assertThat(r.get("status")).isEqualTo("PLANNED");
            assertThat(r.get("same_body")).isEqualTo(true);
            assertThat(((Number) r.get("parties")).intValue()).isEqualTo(2);
            assertThat(((Number) r.get("budgets")).intValue()).isZero();
        });
    }

    String transfer(Long projectId, String amount) {
        return "{\"bodyId\":" + body + ",\"projectId\":" + projectId + ",\"title\":\"高强铝合金熔铸专利许可\","
                + "\"mode\":\"LICENCE\",\"fromOrganisationId\":" + university + ",\"toOrganisationId\":" + enterprise
                + ",\"amount\":" + amount + ",\"contractOn\":\"2026-06-01\"}";
    }

    @Test
    void aTransferCountsOnceBothSidesConfirmAndThenEntersTheCatalogue() throws Exception {
        Long project = plan();
        Long transfer = id(json("/api/v1/transfers", universityAdmin, transfer(project, "500000"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.confirmedByFrom").value(true))
                .andExpect(jsonPath("$.confirmedByTo").value(false))
                .andExpect(jsonPath("$.status").value("DECLARED")));
        String transfers = "/api/v1/transfers/" + transfer;
        json(transfers + "/confirm", universityAdmin, decision(university, 0, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该方已确认过此项转化。"));
        json(transfers + "/confirm", outsiderAdmin, decision(enterprise, 0, null))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from capabilities where title = '高强铝合金熔铸专利许可' and organisation_id = ?",
                        Long.class,
                        university))
                .isZero();
        String confirmed = json(transfers + "/confirm", enterpriseAdmin, decision(enterprise, 0, null))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Long capability = ((Number) JsonPath.read(confirmed, "$.capabilityId")).longValue();
        assertThat(jdbc.queryForMap(
                        "select organisation_id, kind, description from capabilities where id = ?", capability))
                .containsEntry("organisation_id", university)
                .containsEntry("kind", "RESULT")
                .containsEntry(
                        "description",
                        "已以许可方式转化给"
                                + jdbc.queryForObject(
                                        "select name from organisations where id = ?", String.class, enterprise)
                                + "，合同日期 2026-06-01。");
        mvc.perform(get("/api/v1/transfers?bodyId=" + body).header("Authorization", observer))
                .andExpect(jsonPath("$[0].id").value(transfer));
        mvc.perform(get("/api/v1/transfers?bodyId=" + body).header("Authorization", outsiderAdmin))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDisputedTransferNeverCountsAndTheSecretariatConfirmsForNoSide() throws Exception {
        Long project = plan();
        json("/api/v1/transfers", secretariat, transfer(project, "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.amount").value("金额须在 0 到 9999999999999999.99 元之间。"));
        Long other = plan();
        json(
                        "/api/v1/transfers",
                        secretariat,
                        transfer(other, "1")
                                .replace(
                                        "\"fromOrganisationId\":" + university,
                                        "\"fromOrganisationId\":"
                                                + jdbc.queryForObject("select max(id) from organisations", Long.class)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.projectId").exists());
        Long transfer = id(json("/api/v1/transfers", secretariat, transfer(project, "80000.5"))
                .andExpect(jsonPath("$.confirmedByFrom").value(false))
                .andExpect(jsonPath("$.confirmedByTo").value(false)));
        json("/api/v1/transfers/" + transfer + "/dispute", enterpriseAdmin, decision(enterprise, 0, "合同尚未签订"))
                .andExpect(jsonPath("$.status").value("DISPUTED"));
        json("/api/v1/transfers/" + transfer + "/confirm", universityAdmin, decision(university, 1, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该项转化已确认或已有异议。"));
        assertThat(jdbc.queryForList(
                        "select action from audit_records where subject = ? order by id",
                        String.class,
                        "transfer:" + transfer))
                .containsExactly("research.transfer.recorded", "research.transfer.disputed");
    }
}
