package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.community.Admissions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Anqing city consortium's 2025 evaluation in headless Chromium: the secretariat opens the self-assessment, the
 * members figure appears with a link to its records, evidence is attached to a case point, the self-assessment is
 * submitted and frozen; a member admitted afterwards leaves the frozen figure as it was and shows as changed since; the
 * education bureau's account adjusts the case point with a reason and grades the evaluation. The secretariat's own
 * section and every recorded figure on the page are found in the annual report downloaded as .xlsx, .docx and .pdf.
 */
@IntegrationTest
class EvaluationBrowserTests {

    private static final String PASSWORD = "Evaluation-Browser-2026!";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Admissions admissions;

    @Autowired
    Identity identity;

    ChromeDriver browser;

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSecretariatSubmitsAFrozenSelfAssessmentAndTheBureauAdjustsAndGradesIt() throws Exception {
        Long body = jdbc.queryForObject("select id from bodies where name = '安庆市域产教联合体'", Long.class);
        identity.createAccount("browser-ev-secretariat", "联合体秘书处", PASSWORD, List.of(Grant.secretariatOf(body)));
        identity.createAccount(
                "browser-ev-bureau", "安庆市教体局", PASSWORD, List.of(Grant.observerOf(body), Grant.evaluatorOf(body)));
        Path evidence = Files.createTempFile("校企合作案例", ".pdf");
        Files.write(evidence, TestFiles.PDF);
        browser = Chromium.start(1280, 2400);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        Chromium.signIn(browser, port, "browser-ev-secretariat", PASSWORD);
        browser.findElement(By.cssSelector("#side-menu a[href='/evaluations']")).click();
        new Select(browser.findElement(By.id("bodyId"))).selectByValue(body.toString());
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2025");
        browser.findElement(By.xpath("//select[@id='frameworkId']/option[starts-with(., '市域产教联合体')]"))
                .click();
        browser.findElement(By.cssSelector("#open-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        String page = browser.getCurrentUrl();
        String membersRow = "#p-1\\.2\\.1";
        long members = Long.parseLong(
                browser.findElement(By.cssSelector(membersRow + " .recorded")).getText());
        assertThat(members).isPositive();
        assertThat(browser.findElement(By.cssSelector(membersRow + " a[href='/bodies/" + body + "/members']"))
                        .getText())
                .isEqualTo(members + " 条记录");

        browser.findElement(By.cssSelector("#p-2\\.3\\.2 details summary")).click();
        browser.findElement(By.id("self-2.3.2")).sendKeys("4");
        browser.findElement(By.id("statement-2.3.2")).sendKeys("与安庆石化共建订单班两项。");
        browser.findElement(By.id("file-2.3.2")).sendKeys(evidence.toString());
        browser.findElement(By.cssSelector("#p-2\\.3\\.2 form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("p-2.3.2")).getText()).contains("与安庆石化共建订单班两项。", ".pdf");
        assertThat(browser.findElement(By.cssSelector(membersRow + " .recorded"))
                        .getText())
                .isEqualTo(String.valueOf(members));

        browser.findElement(By.cssSelector("#report details summary")).click();
        browser.findElement(By.id("section-title-new")).sendKeys("年度工作亮点, 产教协同");
        browser.findElement(By.id("section-text-new")).sendKeys("共建安庆化工实训基地。\n新增订单班两个。");
        browser.findElement(By.cssSelector("#sections-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("section-title-0")).getAttribute("value"))
                .isEqualTo("年度工作亮点, 产教协同");
        browser.get(page);

        browser.findElement(By.cssSelector("#submit-form button")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已提交，待审核"));

        Long late = directory
                .register(
                        new OrganisationDraft(
                                "浏览器评价后加入企业",
                                OrganisationType.ENTERPRISE,
                                null,
                                null,
                                "340800",
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        admissions.admit(body, late, LocalDate.of(2025, 11, 1), "测试");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("changed-since")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(membersRow + " .recorded"))
                        .getText())
                .isEqualTo(String.valueOf(members));
        assertThat(browser.findElement(By.cssSelector(membersRow + " .now")).getText())
                .isEqualTo("当前 " + (members + 1));
        Chromium.screenshot(browser, "evaluation-submitted.png");

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, port, "browser-ev-bureau", PASSWORD);
        browser.get(page);
        assertThat(browser.findElements(By.id("submit-form"))).isEmpty();
        browser.findElement(By.cssSelector("#p-2\\.3\\.2 details summary")).click();
        browser.findElement(By.id("score-2.3.2")).sendKeys("5");
        browser.findElement(By.id("reason-2.3.2")).sendKeys("订单班协议与名单经核实");
        browser.findElement(By.cssSelector("#p-2\\.3\\.2 form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("p-2.3.2")).getText()).contains("评审调整：4 → 5（订单班协议与名单经核实）");
        browser.findElement(By.cssSelector("#grade-form button")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已定级"));
        assertThat(browser.findElement(By.id("grade")).getText()).isNotBlank();
        Chromium.screenshot(browser, "evaluation-graded.png");

        Map<String, String> recorded = new HashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("tr[id^='p-']"))) {
            List<WebElement> shown = row.findElements(By.cssSelector(".recorded"));
            recorded.put(
                    row.getAttribute("id").substring(2),
                    shown.isEmpty() ? null : shown.get(0).getText());
        }
        assertThat(recorded).containsEntry("1.2.1", String.valueOf(members));
        Map<String, String> inSheets = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("#report-xlsx")))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    Cell code = row.getCell(0);
                    if (code != null && recorded.containsKey(code.getStringCellValue())) {
                        Cell value = row.getCell(3);
                        inSheets.put(
                                code.getStringCellValue(),
                                value == null || value.getCellType() == CellType.BLANK
                                        ? null
                                        : new BigDecimal(String.valueOf(value.getNumericCellValue()))
                                                .stripTrailingZeros()
                                                .toPlainString());
                    }
                }
            }
        }
        assertThat(inSheets).isEqualTo(recorded);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("#report-docx")))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("安庆市域产教联合体 2025 年度质量报告", "年度工作亮点, 产教协同", "新增订单班两个。");
        }
        try (PDDocument pdf = Loader.loadPDF(download("#report-pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("安庆市域产教联合体", "年度工作亮点, 产教协同");
        }

        browser.findElement(By.id("contributions-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contributions-xlsx")));
        assertThat(browser.findElements(By.id("publish-form"))).isEmpty();
        Chromium.screenshot(browser, "evaluation-contributions.png");
        browser.get("http://localhost:" + port + "/evaluations/overview?region=340800&from=2024&to=2025");
        WebElement line = browser.findElement(By.id("b-" + body));
        assertThat(line.findElement(By.cssSelector("td[data-year='2025'] .grade"))
                        .getText())
                .isEqualTo(browser.findElement(By.cssSelector("#b-" + body + " td[data-year='2025'] a.grade"))
                        .getText());
        Chromium.screenshot(browser, "evaluation-overview.png");
    }

    /** Fetches a link's file in the signed-in browser, as a click would download it. */
    private byte[] download(String link) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String href = browser.findElement(By.cssSelector(link)).getAttribute("href");
        String base64 = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + " done(btoa(s)); }).catch(e => done('failed ' + e));",
                href);
        assertThat(base64).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64);
    }
}
