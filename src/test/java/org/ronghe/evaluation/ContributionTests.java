package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Members' contributions from confirmed obligations: ranked by confirmed records then money, members only; read by the
 * body's readers, public only once the secretariat publishes it; certificates for the secretariat, naming what was
 * contributed; the page and its .xlsx show the same table.
 */
@IntegrationTest
class ContributionTests extends EvaluationTestSupport {

    @Autowired
    AgreementBook agreements;

    @Autowired
    ObligationBook obligations;

    @Test
    void membersAreRankedFromTheirConfirmedRecordsAndTheTableIsPublishedByTheSecretariatOnly() throws Exception {
        Long funder = member("贡献出资企业" + tag, OrganisationType.ENTERPRISE);
        Long school = member("贡献共建学院" + tag, OrganisationType.UNIVERSITY);
        Long stranger = organisation("贡献非成员企业" + tag);
        confirmedAgreement(funder, school, stranger);
        long id = opened();

        String table = send(get("/api/v1/evaluations/" + id + "/contributions"), observer, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[0].organisation.id").value(funder))
                .andExpect(jsonPath("$.lines[0].rank").value(1))
                .andExpect(jsonPath("$.lines[0].values['agreement.money-confirmed']")
                        .value(500000))
                .andExpect(jsonPath("$.lines[0].records").value(1))
                .andExpect(jsonPath("$.lines[1].organisation.id").value(school))
                .andExpect(jsonPath("$.lines[1].rank").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(table).doesNotContain("贡献非成员企业");
        send(get("/api/v1/evaluations/" + id + "/contributions"), outsider, "").andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/bodies/" + body + "/contributions/" + year)).andExpect(status().isNotFound());
        mvc.perform(get("/bodies/" + body + "/contributions/" + year)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bodies/" + body + "/contributions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(publicPage("/bodies/" + body + "/contributions")).contains("id=\"empty\"");
        String publish = "{\"version\":0,\"published\":true}";
        send(post("/api/v1/evaluations/" + id + "/contributions/publication"), observer, publish)
                .andExpect(status().isForbidden());
        send(post("/api/v1/evaluations/" + id + "/contributions/publication"), evaluator, publish)
                .andExpect(status().isForbidden());
        send(post("/api/v1/evaluations/" + id + "/contributions/publication"), secretariat, publish)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedAt").exists());
        mvc.perform(get("/api/v1/bodies/" + body + "/contributions/" + year))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].organisation.name").value("贡献出资企业" + tag));
        String page = mvc.perform(
                        get("/bodies/" + body + "/contributions/" + year).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("贡献出资企业" + tag, "贡献共建学院" + tag, ">500000<")
                .contains("id=\"public-breadcrumb\"", "href=\"/bodies/" + body + "/contributions\"")
                .doesNotContain("certificate.pdf");
        mvc.perform(get("/api/v1/bodies/" + body + "/contributions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(year))
                .andExpect(jsonPath("$[0].href").value("/api/v1/bodies/" + body + "/contributions/" + year));
        String link = "href=\"/bodies/" + body + "/contributions/" + year + "\"";
        assertThat(publicPage("/bodies/" + body + "/contributions"))
                .contains(link)
                .doesNotContain("id=\"empty\"");
        assertThat(publicPage("/bodies/" + body))
                .contains("id=\"body-contributions\"", "href=\"/bodies/" + body + "/contributions\"")
                .doesNotContain("id=\"body-evaluations\"");
        send(
                        post("/api/v1/evaluations/" + id + "/contributions/publication"),
                        secretariat,
                        "{\"version\":1,\"published\":false}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/bodies/" + body + "/contributions/" + year)).andExpect(status().isNotFound());
        assertThat(publicPage("/bodies/" + body + "/contributions")).doesNotContain(link);
        mvc.perform(get("/api/v1/bodies/" + 999_999_999 + "/contributions")).andExpect(status().isNotFound());
        mvc.perform(get("/bodies/" + 999_999_999 + "/contributions")).andExpect(status().isNotFound());
    }

    private String publicPage(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSecretariatPrintsACertificateNamingWhatTheMemberContributed() throws Exception {
        Long funder = member("证书出资企业" + tag, OrganisationType.ENTERPRISE);
        Long school = member("证书共建学院" + tag, OrganisationType.UNIVERSITY);
        confirmedAgreement(funder, school, organisation("证书非成员" + tag));
        long id = opened();
        String url = "/api/v1/evaluations/" + id + "/contributions/" + funder + "/certificate.pdf";
        send(get(url), observer, "").andExpect(status().isForbidden());
        send(get(url), outsider, "").andExpect(status().isForbidden());
        Long nobody = member("证书无贡献" + tag, OrganisationType.ENTERPRISE);
        send(get("/api/v1/evaluations/" + id + "/contributions/" + nobody + "/certificate.pdf"), secretariat, "")
                .andExpect(status().isNotFound());
        byte[] pdf = send(get(url), secretariat, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(kept("certificate.pdf", pdf))) {
            ImageIO.write(
                    new PDFRenderer(doc).renderImageWithDPI(0, 50),
                    "png",
                    Path.of("target/reports/certificate.png").toFile());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("荣誉证书", "证书出资企业" + tag, "已确认投入资金（元）500000", "评价接口联合体" + tag + year);
        }

        RequestPostProcessor asSecretariat = user(RongheUserFactory.forLogin(secretariat, Instant.now()));
        byte[] sheet = mvc.perform(
                        get("/evaluations/" + id + "/contributions.xlsx").with(asSecretariat))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = book.getSheetAt(0);
            assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("证书出资企业" + tag);
            assertThat(rows.getRow(2).getCell(1).getStringCellValue()).isEqualTo("证书共建学院" + tag);
            assertThat(rows.getLastRowNum()).isEqualTo(2);
        }
        String page = mvc.perform(get("/evaluations/" + id + "/contributions").with(asSecretariat))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/contributions/" + funder + "/certificate.pdf", "publish-form");
        mvc.perform(post("/evaluations/" + id + "/contributions/publication")
                        .param("version", "0")
                        .param("published", "true")
                        .with(user(RongheUserFactory.forLogin(observer, Instant.now())))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** A signed agreement: the funder's 50万元 and the school's course confirmed, the stranger's promise too. */
    private void confirmedAgreement(Long funder, Long school, Long stranger) {
        Long agreement = agreements
                .draft(new AgreementDraft(
                        "贡献协议" + tag,
                        AgreementKind.JOINT_RESEARCH,
                        body,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(school, PartyRole.PARTNER, null, null, null),
                                new Party(funder, PartyRole.FUNDER, null, null, null),
                                new Party(stranger, PartyRole.PARTNER, null, null, null))))
                .id();
        agreements.recordSignedByAll(agreement, 0, LocalDate.of(year, 1, 10), null);
        agreements.bringIntoForce(agreement, 1);
        confirm(promise(agreement, funder, "资助经费", "50", "万元"), funder, school);
        confirm(promise(agreement, school, "共建课程", "2", "门"), school, funder);
        confirm(promise(agreement, stranger, "捐赠设备", "3", "台"), stranger, school);
    }

    private Obligation promise(Long agreement, Long party, String what, String target, String unit) {
        return obligations.promise(
                agreement,
                new ObligationDraft(
                        party,
                        what + tag,
                        new BigDecimal(target),
                        unit,
                        Obligation.Cadence.ONCE,
                        LocalDate.of(year, 3, 1)));
    }

    private void confirm(Obligation obligation, Long party, Long confirmer) {
        obligations.report(obligation.id(), 0, party, obligation.target(), null, null, null);
        obligations.confirm(obligation.id(), 1, confirmer);
    }

    private Long member(String name, OrganisationType type) {
        Long id = directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
        admissions.admit(body, id, LocalDate.of(year, 1, 2), null);
        return id;
    }
}
