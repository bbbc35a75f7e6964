package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ronghe.IntegrationTest;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People in headless Chromium: sign in and open a body page; apply to join and approve; report and confirm; record a
 * hire and confirm it as the employer.
 */
@IntegrationTest
class BrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Identity identity;

    @Autowired
    AgreementBook agreements;

    @Autowired
    ObligationBook obligations;

    @Autowired
    StudentBook students;

    ChromeDriver browser;

    @BeforeEach
    void startChromium() {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"));
        assumeTrue(installed || System.getenv("CI") != null, "Debian chromium is not installed");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,2000",
                        "--lang=zh-CN");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInAndOpensABodyPageWithItsCompositionChart() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(IntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("admin")));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workbench")));
        browser.findElement(By.cssSelector("#side-menu a[href='/bodies']")).click();
        // other tests' bodies may fill the first page: look it up as a user would
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[role=search] input[name=q]")));
        browser.findElement(By.cssSelector("form[role=search] input[name=q]")).sendKeys("有色金属行业");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("国家有色金属行业产教融合共同体")));
        browser.findElement(By.partialLinkText("国家有色金属行业产教融合共同体")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#composition-chart canvas")));
        assertThat(browser.findElement(By.id("declared-total")).getText()).isEqualTo("157");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("国家有色金属行业产教融合共同体");
        assertThat(browser.findElements(By.linkText("编辑"))).hasSize(1);
        Path shot = Path.of("target/screenshots/body-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anOrganisationAppliesAndTheSecretariatApprovesInTheBrowser() throws Exception {
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long org = directory
                .register(
                        new OrganisationDraft(
                                "浏览器测试铝业有限公司",
                                OrganisationType.ENTERPRISE,
                                null,
                                null,
                                "340800",
                                "32",
                                null,
                                null,
                                null),
                        true)
                .id();
        identity.createAccount("browser-org-admin", "单位管理员", "Browser-Org-2026!", List.of(Grant.adminOf(org)));
        identity.createAccount("browser-secretariat", "秘书处", "Browser-Sec-2026!", List.of(Grant.secretariatOf(body)));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signIn("browser-org-admin", "Browser-Org-2026!", wait);
        browser.get("http://localhost:" + port + "/bodies/" + body);
        int before =
                Integer.parseInt(browser.findElement(By.id("registered-total")).getText());
        browser.findElement(By.id("message-" + org)).sendKeys("我们生产铝型材，希望加入共同体。");
        browser.findElement(By.cssSelector("#apply button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("membership-status"), "待审核"));
        signOut(wait);

        signIn("browser-secretariat", "Browser-Sec-2026!", wait);
        browser.get("http://localhost:" + port + "/bodies/" + body + "/manage/members?status=PENDING");
        browser.findElement(By.xpath("//tr[td/a[text()='浏览器测试铝业有限公司']]//a[contains(@class,'btn')]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("act-approve")));
        assertThat(browser.findElement(By.id("history")).getText()).contains("我们生产铝型材，希望加入共同体。");
        browser.findElement(By.cssSelector("#act-approve textarea")).sendKeys("欢迎加入");
        browser.findElement(By.cssSelector("#act-approve button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("membership-status"), "成员"));
        assertThat(browser.findElements(By.id("act-approve"))).isEmpty();
        screenshot("membership-approved.png");

        browser.get("http://localhost:" + port + "/bodies/" + body);
        assertThat(Integer.parseInt(
                        browser.findElement(By.id("registered-total")).getText()))
                .isEqualTo(before + 1);
    }

    @Test
    void aPartyReportsProgressAndTheOtherPartyConfirmsInTheBrowser() throws Exception {
        Long school = directory
                .register(
                        new OrganisationDraft(
                                "浏览器协议学院", OrganisationType.UNIVERSITY, null, null, null, null, null, null, null),
                        true)
                .id();
        Long enterprise = directory
                .register(
                        new OrganisationDraft(
                                "浏览器协议企业", OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        identity.createAccount("browser-school", "学院管理员", "Browser-School-2026!", List.of(Grant.adminOf(school)));
        identity.createAccount("browser-enterprise", "企业管理员", "Browser-Firm-2026!", List.of(Grant.adminOf(enterprise)));
        Long id = agreements
                .draft(new AgreementDraft(
                        "浏览器测试订单班协议",
                        AgreementKind.ORDER_CLASS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(school, PartyRole.HOST, null, null, null),
                                new Party(enterprise, PartyRole.PARTNER, null, null, null))))
                .id();
        agreements.recordSignedByAll(id, 0, java.time.LocalDate.of(2024, 7, 2), null);
        Long obligation = obligations
                .promise(
                        id,
                        new ObligationDraft(
                                enterprise,
                                "每年接收实习生",
                                new java.math.BigDecimal("30"),
                                "人",
                                Obligation.Cadence.ONCE,
                                java.time.LocalDate.of(2025, 9, 1)))
                .id();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signIn("browser-enterprise", "Browser-Firm-2026!", wait);
        browser.get("http://localhost:" + port + "/agreements/" + id);
        assertThat(browser.findElements(By.id("confirm-" + obligation))).isEmpty();
        browser.findElement(By.cssSelector("#report-" + obligation + " input[name=achieved]"))
                .sendKeys("32");
        browser.findElement(By.cssSelector("#report-" + obligation + " input[name=note]"))
                .sendKeys("已接收 32 名实习生");
        browser.findElement(By.cssSelector("#report-" + obligation + " button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#obligation-" + obligation + " .obligation-status"), "已报告"));
        assertThat(browser.findElements(By.id("confirm-" + obligation)))
                .as("a party cannot confirm its own")
                .isEmpty();
        signOut(wait);

        signIn("browser-school", "Browser-School-2026!", wait);
        browser.get("http://localhost:" + port + "/agreements/" + id);
        assertThat(browser.findElement(By.id("obligation-" + obligation)).getText())
                .contains("已接收 32 名实习生");
        browser.findElement(By.cssSelector("#confirm-" + obligation + " button"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#obligation-" + obligation + " .obligation-status"), "已确认履行"));
        screenshot("obligation-confirmed.png");
    }

    @Test
    void aSchoolRecordsAHireAndTheEmployerConfirmsItInTheBrowser() throws Exception {
        Long school = directory
                .register(
                        new OrganisationDraft(
                                "浏览器就业学院", OrganisationType.UNIVERSITY, null, null, "340800", null, null, null, null),
                        true)
                .id();
        directory.register(
                new OrganisationDraft(
                        "浏览器用人企业", OrganisationType.ENTERPRISE, null, null, "340800", null, null, null, null),
                true);
        Long enterprise = jdbc.queryForObject("select id from organisations where name = '浏览器用人企业'", Long.class);
        identity.createAccount("browser-hire-school", "学院管理员", "Browser-Hire-2026!", List.of(Grant.adminOf(school)));
        identity.createAccount(
                "browser-employer", "企业管理员", "Browser-Employer-2026!", List.of(Grant.adminOf(enterprise)));
        Long student = students.enrol(
                        new StudentDraft(school, null, null, "郭靖", null, "34080220030303033X", null, null, null, null))
                .id();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signIn("browser-hire-school", "Browser-Hire-2026!", wait);
        browser.get("http://localhost:" + port + "/talent/students/" + student);
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        browser.findElement(By.id("offer-enterprise")).sendKeys("浏览器用人企业");
        browser.findElement(By.id("offer-post")).sendKeys("轧制工");
        browser.executeScript("document.getElementById('offer-on').value = '2026-05-10'");
        browser.findElement(By.cssSelector("#offer-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hire-table a")));
        browser.findElement(By.cssSelector("#hire-table a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hired-form")));
        assertThat(browser.findElement(By.id("hire-status")).getText()).isEqualTo("已录用（待入职）");
        browser.executeScript("document.getElementById('hired-on').value = '2026-07-01'");
        browser.findElement(By.cssSelector("#hired-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hire-status"), "待企业确认"));
        assertThat(browser.findElements(By.id("confirm-form")))
                .as("the school cannot confirm")
                .isEmpty();
        signOut(wait);

        signIn("browser-employer", "Browser-Employer-2026!", wait);
        browser.get("http://localhost:" + port + "/talent/employer");
        assertThat(browser.findElement(By.id("employer-hires")).getText())
                .contains("轧制工")
                .contains("未获授权")
                .doesNotContain("郭靖");
        browser.findElement(By.cssSelector("#employer-hires a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        browser.findElement(By.cssSelector("#confirm-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hire-status"), "企业已确认"));
        assertThat(browser.findElement(By.tagName("dl")).getText()).contains("本地（与学校同一城市）");
        screenshot("hire-confirmed.png");
    }

    /**
     * On a 390 px phone every table stays inside the screen (it scrolls sideways) and no cell is squeezed to a
     * character per line; the trend chart counts people in whole steps and its legend stays clear of the bars.
     */
    @Test
    void onAPhoneTablesFitAndChartsCountWholePeople() throws Exception {
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long programme = jdbc.queryForObject("select id from programmes where name = '中铝直通车'", Long.class);
        Long school = directory.pick("兰州资源环境职业技术大学");
        Long cohort = jdbc.queryForObject("select count(*) from cohorts where programme_id = ?", Long.class, programme)
                        > 0
                ? jdbc.queryForObject("select min(id) from cohorts where programme_id = ?", Long.class, programme)
                : null;
        students.enrol(new StudentDraft(
                school, programme, cohort, "手机测试学生", null, "620102200404040413", null, null, null, null));
        Long evaluation = jdbc.queryForObject("select min(id) from evaluations", Long.class);
        Long framework = jdbc.queryForObject("select min(id) from frameworks", Long.class);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(IntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/workbench"));
        for (String path : List.of(
                "/agreements",
                "/organisations",
                "/admin/accounts",
                "/admin/audit",
                "/talent/needs",
                "/talent/programmes",
                "/bodies/" + body,
                "/bodies/" + body + "/members",
                "/agreements/dashboard?bodyId=" + body,
                "/evaluations",
                "/evaluations?bodyId=" + body,
                "/bodies/" + body + "/contributions",
                "/evaluations/" + evaluation,
                "/evaluations/" + evaluation + "/contributions",
                "/evaluations/overview",
                "/frameworks",
                "/frameworks/" + framework,
                "/talent/funnel?programmeId=" + programme)) {
            browser.get("http://localhost:" + port + path);
            assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as(path + " is no wider than the phone")
                    .isLessThanOrEqualTo(390);
            assertThat((List<?>) browser.executeScript("return Array.from(document.querySelectorAll('td, th'))"
                            + ".filter(c => c.innerText.trim().length >= 3 && c.getBoundingClientRect().width > 0"
                            + " && c.getBoundingClientRect().width < 36).map(c => c.innerText)"))
                    .as(path + ": cells squeezed to a character per line")
                    .isEmpty();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        List<?> ticks = (List<?>)
                browser.executeScript("var c = echarts.getInstanceByDom(document.getElementById('trend-chart'));"
                        + "return c.getModel().getComponent('yAxis').axis.scale.getTicks().map(t => t.value)");
        assertThat(ticks)
                .allSatisfy(t -> assertThat(((Number) t).doubleValue() % 1).isZero());
        screenshot("phone-funnel.png");
    }

    /** Units are picked from the directory as one types (either script); regions from a 省 / 市 / 区县 selector. */
    @Test
    void pickersSuggestOrganisationsAndFillRegionCodes() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn("admin", IntegrationTest.ADMIN_PASSWORD, wait);
        browser.get("http://localhost:" + port + "/admin/accounts");
        browser.findElement(By.id("organisation")).sendKeys("中鋁");
        wait.until(d -> !d.findElements(By.cssSelector("#org-picker-0 option[value='中铝集团']"))
                .isEmpty());

        browser.get("http://localhost:" + port + "/organisations/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".region-picker select")));
        var selects = browser.findElements(By.cssSelector(".region-picker select"));
        new org.openqa.selenium.support.ui.Select(selects.get(0)).selectByVisibleText("安徽省");
        new org.openqa.selenium.support.ui.Select(selects.get(1)).selectByVisibleText("安庆市");
        assertThat(browser.findElement(By.id("regionCode")).getDomProperty("value"))
                .isEqualTo("340800");
        wait.until(d -> !d.findElements(By.xpath("//div[contains(@class,'region-picker')]/select[3]/option[.='怀宁县']"))
                .isEmpty());
        new org.openqa.selenium.support.ui.Select(selects.get(2)).selectByVisibleText("怀宁县");
        assertThat(browser.findElement(By.id("regionCode")).getDomProperty("value"))
                .isEqualTo("340822");
        new org.openqa.selenium.support.ui.Select(selects.get(0)).selectByVisibleText("重庆市");
        wait.until(d -> !d.findElements(By.xpath("//div[contains(@class,'region-picker')]/select[3]/option[.='九龙坡区']"))
                .isEmpty());
        new org.openqa.selenium.support.ui.Select(selects.get(2)).selectByVisibleText("九龙坡区");
        assertThat(browser.findElement(By.id("regionCode")).getDomProperty("value"))
                .isEqualTo("500107");
        submitsTheCountyAndPreselectsItWhenEditing(wait);
    }

    /**
     * Saved with a municipality's district, the unit shows it by name; its edit form selects it again, also on a phone.
     */
    private void submitsTheCountyAndPreselectsItWhenEditing(WebDriverWait wait) throws Exception {
        browser.findElement(By.id("name")).sendKeys("区县选择器测试有限公司");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type"))).selectByValue("ENTERPRISE");
        browser.findElement(By.cssSelector("form[action$='/organisations/new'] button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/organisations/\\d+$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("重庆市九龙坡区 (500107)");
        browser.get(browser.getCurrentUrl() + "/edit");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        By county = By.xpath("//div[contains(@class,'region-picker')]/select[3]");
        wait.until(d -> "500107".equals(d.findElement(county).getDomProperty("value")));
        var selects = browser.findElements(By.cssSelector(".region-picker select"));
        assertThat(selects.get(0).getDomProperty("value")).isEqualTo("500000");
        assertThat(selects.get(1).isEnabled())
                .as("a municipality has no prefectures to choose")
                .isFalse();
        assertThat(selects)
                .allSatisfy(select -> assertThat(
                                select.getRect().getX() + select.getRect().getWidth())
                        .as("each select fits the phone")
                        .isLessThanOrEqualTo(390));
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(390);
        screenshot("phone-region-picker.png");
    }

    private void signIn(String username, String password, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(username)));
    }

    private void signOut(WebDriverWait wait) {
        browser.executeScript("window.scrollTo(0, 0)");
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/login']")));
    }

    private void screenshot(String name) throws Exception {
        Path shot = Path.of("target/screenshots/" + name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
