package org.ronghe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Account;

/**
 * The annual report through the API: downloaded as .xlsx, .docx and .pdf by those who read the evaluation and nobody
 * else, each file read back and its figures compared with the evaluation the API shows — the recorded figure, the
 * records behind it and where they are listed; the PDF carries its Chinese font; the secretariat's own sections appear,
 * and are checked before they are kept.
 */
@IntegrationTest
class AnnualReportTests extends EvaluationTestSupport {

    @Test
    void theReportInEachFormatCarriesTheFiguresOfTheEvaluationWithTheirSources() throws Exception {
        long id = submitted("年度工作亮点, 与展望", "第一段：共建实训基地。\n\n第二段：订单班扩招, 新增两个专业。");
        String view = send(get("/api/v1/evaluations/" + id), observer, "")
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> points = JsonPath.read(view, "$.groups[*].indicators[*].points[*]");
        List<String> groups = JsonPath.read(view, "$.groups[*].name");

        Map<String, Row> rows = new HashMap<>();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(kept("report.xlsx", download(id, "xlsx", observer))))) {
            for (String group : groups) {
                Sheet sheet = book.getSheet(WorkbookUtil.createSafeSheetName(group));
                assertThat(sheet).as(group).isNotNull();
                sheet.forEach(r -> rows.put(r.getCell(0).getStringCellValue(), r));
            }
            for (Map<String, Object> p : points) {
                Row row = rows.get((String) p.get("code"));
                Map<String, Object> frozen = frozenOf(p);
                if (frozen == null) {
                    assertThat(row.getCell(3).getCellType())
                            .as("%s", p.get("code"))
                            .isEqualTo(CellType.BLANK);
                    continue;
                }
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(number(frozen.get("value")));
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(number(frozen.get("records")));
                if (frozen.get("recordsHref") != null) {
                    assertThat(row.getCell(7).getHyperlink().getAddress()).endsWith((String) frozen.get("recordsHref"));
                }
            }
            assertThat(rows.get("1.2.1").getCell(2).getNumericCellValue()).isEqualTo(60);
            assertThat(book.getSheet("图表")).isNotNull();
            assertThat(book.getAllPictures()).hasSize(2);
        }

        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(kept("report.docx", download(id, "docx", observer))))) {
            Map<String, XWPFTableRow> cells = new HashMap<>();
            for (XWPFTable table : doc.getTables()) {
                table.getRows().forEach(r -> cells.put(r.getCell(0).getText(), r));
            }
            for (Map<String, Object> p : points) {
                Map<String, Object> frozen = frozenOf(p);
                String shown = frozen == null ? "—" : plain(frozen.get("value"));
                assertThat(cells.get((String) p.get("code")).getCell(3).getText())
                        .as("%s", p.get("code"))
                        .isEqualTo(shown);
            }
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("年度工作亮点, 与展望", "第一段：共建实训基地。", "第二段：订单班扩招, 新增两个专业。");
            assertThat(paragraphs.get(0)).isEqualTo("评价接口联合体" + tag + " " + year + " 年度质量报告");
            assertThat(doc.getAllPictures()).hasSize(2);
        }

        try (PDDocument pdf = Loader.loadPDF(kept("report.pdf", download(id, "pdf", observer)))) {
            for (int page = 0; page < Math.min(3, pdf.getNumberOfPages()); page++) {
                ImageIO.write(
                        new PDFRenderer(pdf).renderImageWithDPI(page, 60),
                        "png",
                        Path.of("target/reports/report-page-" + (page + 1) + ".png")
                                .toFile());
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("评价接口联合体" + tag, "年度质量报告", "年度工作亮点, 与展望", "第二段：订单班扩招");
            List<String> links = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDFont font : fonts(page)) {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("NotoSansSC");
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            for (Map<String, Object> p : points) {
                Map<String, Object> frozen = frozenOf(p);
                if (frozen != null && frozen.get("recordsHref") != null) {
                    assertThat(links).anyMatch(l -> l.endsWith((String) frozen.get("recordsHref")));
                }
            }
        }
    }

    @Test
    void onlyThoseWhoReadTheEvaluationDownloadItsReportInTheirLanguage() throws Exception {
        long id = submitted(null, null);
        send(get("/api/v1/evaluations/" + id + "/report.pdf"), outsider, "").andExpect(status().isForbidden());
        send(get("/api/v1/evaluations/" + id + "/report.txt"), observer, "").andExpect(status().isNotFound());
        send(get("/api/v1/evaluations/" + id + "/report.docx"), evaluator, "")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")));
        byte[] english = mvc.perform(auth(get("/api/v1/evaluations/" + id + "/report.docx"), secretariat, "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(english))) {
            assertThat(doc.getParagraphs().get(0).getText()).endsWith(": annual report " + year);
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("4. Evaluation");
        }
    }

    @Test
    void theSecretariatsSectionsAreCheckedAndKeptWholeByTheSecretariatOnly() throws Exception {
        long id = opened();
        String url = "/api/v1/evaluations/" + id + "/report-sections";
        send(put(url), secretariat, "{\"version\":0,\"sections\":[{\"title\":\"只有标题\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['sections[0].text']").exists());
        String many = "{\"title\":\"节\",\"text\":\"正文\"},".repeat(21);
        send(put(url), secretariat, "{\"version\":0,\"sections\":[" + many.substring(0, many.length() - 1) + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sections").value("年度报告最多 20 节。"));
        send(
                        put(url),
                        secretariat,
                        "{\"version\":0,\"sections\":[{\"title\":\"" + "长".repeat(101) + "\",\"text\":\"正文\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['sections[0].title']").exists());
        send(put(url), secretariat, "{\"version\":0,\"sections\":[{\"title\":[1]}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['sections[0].title']").value("字段“sections[0].title”的类型不对或取值无效。"));
        send(put(url), secretariat, "{\"version\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("请求正文无法读取")));
        send(put(url), observer, "{\"version\":0,\"sections\":[]}").andExpect(status().isForbidden());
        send(put(url), evaluator, "{\"version\":0,\"sections\":[]}").andExpect(status().isForbidden());
        send(
                        put(url),
                        secretariat,
                        "{\"version\":0,\"sections\":[{\"title\":\" \",\"text\":\"\"},"
                                + "{\"title\":\"一\",\"text\":\"甲\"},{\"title\":\"二\",\"text\":\"乙\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportSections.length()").value(2))
                .andExpect(jsonPath("$.reportSections[1].title").value("二"));
        send(put(url), secretariat, "{\"version\":0,\"sections\":[]}").andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records where action = 'evaluation.report-sections-written'"
                                + " and subject = ?",
                        Long.class,
                        "evaluation:" + id))
                .isEqualTo(1);
    }

    /** An evaluation with a declared figure and, when given, one section of its own, submitted. */
    private long submitted(String sectionTitle, String sectionText) throws Exception {
        long id = opened();
        send(put("/api/v1/evaluations/" + id + "/points/1.2.1"), secretariat, "{\"version\":0,\"declared\":60}")
                .andExpect(status().isOk());
        if (sectionTitle != null) {
            send(
                            put("/api/v1/evaluations/" + id + "/report-sections"),
                            secretariat,
                            "{\"version\":1,\"sections\":[{\"title\":\"" + sectionTitle + "\",\"text\":\""
                                    + sectionText.replace("\n", "\\n") + "\"}]}")
                    .andExpect(status().isOk());
        }
        send(post("/api/v1/evaluations/" + id + "/submit"), secretariat, step(id))
                .andExpect(status().isOk());
        return id;
    }

    private byte[] download(long id, String format, Account who) throws Exception {
        return send(get("/api/v1/evaluations/" + id + "/report." + format), who, "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frozenOf(Map<String, Object> point) {
        return (Map<String, Object>) point.get("frozen");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String plain(Object value) {
        return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static List<PDFont> fonts(PDPage page) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
