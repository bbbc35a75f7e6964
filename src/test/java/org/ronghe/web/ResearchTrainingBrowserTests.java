package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.community.Community;
import org.ronghe.core.PatentNumber;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joint R&D and worker training in headless Chromium, on the demo's nonferrous community: the project planned under one
 * of the founding meeting's joint research agreements is started, the client declares a payment and the performer
 * confirms it, the performer delivers a milestone the client accepts and records a patent; the university offers a
 * course, the enterprise enrols a worker, the university passes and certifies him, the enterprise confirms; anyone
 * verifies the certificate by number; the secretariat's dashboards show each figure and open the records behind it.
 */
@IntegrationTest
class ResearchTrainingBrowserTests {

    private static final String PASSWORD = "Research-Browser-2026!";
    private static final String ID_NUMBER = "11010519491231002X";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    ChromeDriver browser;
    WebDriverWait wait;

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signInAs(String username) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, port, username, PASSWORD);
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Submits the form, answering yes to its confirmation question. */
    void confirmAndSubmit(String formSelector) {
        browser.executeScript("window.confirm = function () { return true; }");
        browser.findElement(By.cssSelector(formSelector + " button[type=submit]"))
                .click();
    }

    void setDate(String selector, String value) {
        browser.executeScript("document.querySelector(arguments[0]).value = arguments[1]", selector, value);
    }

    Long party(Long project, String role) {
        return jdbc.queryForObject(
                "select organisation_id from research_project_parties where project_id = ? and role = ?",
                Long.class,
                project,
                role);
    }

    void member(Long body, Long organisation) {
        if (!community.isActiveMember(body, organisation)) {
            admissions.admit(body, organisation, null, "测试");
        }
    }

    @Test
    void aSeedProjectIsFundedDeliveredAndCountedAndAWorkerIsTrainedCertifiedAndCounted() throws Exception {
        Long body = jdbc.queryForObject("select id from bodies where name = '国家有色金属行业产教融合共同体'", Long.class);
        Long project = jdbc.queryForObject(
                "select min(id) from research_projects where body_id = ? and agreement_id is not null",
                Long.class,
                body);
        Long client = party(project, "CLIENT");
        Long performer = party(project, "PERFORMER");
        member(body, client);
        member(body, performer);
        identity.createAccount("browser-rt-client", "委托方管理员", PASSWORD, List.of(Grant.adminOf(client)));
        identity.createAccount("browser-rt-performer", "承担方管理员", PASSWORD, List.of(Grant.adminOf(performer)));
        identity.createAccount("browser-rt-secretariat", "秘书处", PASSWORD, List.of(Grant.secretariatOf(body)));
        browser = Chromium.start(1280, 1800);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        runTheProject(project, client, performer);
        String number = trainAndCertify(body, client, performer);

        browser.manage().deleteAllCookies();
        open("/verify/certificates/" + number);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(number, "王**", "四级")
                .doesNotContain("王建国");

        signInAs("browser-rt-secretariat");
        open("/trainings/dashboard?bodyId=" + body);
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#total-persons .fs-4"))
                        .getText()))
                .isPositive();
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#total-certificates .fs-4"))
                        .getText()))
                .isPositive();
        Chromium.screenshot(browser, "training-dashboard.png");
        browser.findElement(By.id("total-persons")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertThat(browser.findElement(By.id("records")).getText())
                .contains("王**")
                .doesNotContain("王建国");
        open("/trainings/dashboard?bodyId=" + body);
        browser.findElement(By.id("total-certificates")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertThat(browser.findElement(By.id("records")).getText()).contains(number);

        open("/projects/dashboard?bodyId=" + body);
        Chromium.screenshot(browser, "research-dashboard.png");
        browser.findElement(By.id("total-confirmed")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertThat(browser.findElement(By.id("records")).getText()).contains("1,200,000.00");
        open("/projects/dashboard?bodyId=" + body);
        browser.findElement(By.id("total-outputs")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertThat(browser.findElement(By.id("records")).getText()).contains("一种铝电解槽阴极结构", "专利");
    }

    private void runTheProject(Long project, Long client, Long performer) throws Exception {
        signInAs("browser-rt-secretariat");
        open("/projects/" + project);
        if (!browser.findElements(By.id("step-start")).isEmpty()) {
            browser.findElement(By.cssSelector("#step-start button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.textToBe(By.id("project-status"), "进行中"));
        }
        browser.findElement(By.id("milestone-title")).sendKeys("中试线验证");
        browser.findElement(By.cssSelector("#milestone-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-table")));

        signInAs("browser-rt-client");
        open("/projects/" + project);
        new Select(browser.findElement(By.id("payee-" + client))).selectByValue(performer.toString());
        browser.findElement(By.id("amount-" + client)).sendKeys("1200000");
        setDate("#paidOn-" + client, "2026-11-20");
        browser.findElement(By.cssSelector("#declare-" + client + " button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tranche-table")));
        Long tranche = jdbc.queryForObject(
                "select max(id) from research_tranches where project_id = ? and payer_id = ?",
                Long.class,
                project,
                client);
        assertThat(browser.findElements(By.id("confirm-" + tranche))).isEmpty();

        signInAs("browser-rt-performer");
        open("/projects/" + project);
        confirmAndSubmit("#confirm-" + tranche);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tranche-" + tranche), "已到账"));
        Long milestone = jdbc.queryForObject(
                "select max(id) from research_milestones where project_id = ?", Long.class, project);
        browser.findElement(By.cssSelector("#submit-" + milestone + "-" + performer + " button"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submit-" + milestone + "-" + performer)));
        String digits = "202611" + String.format("%06d", project % 1_000_000);
        new Select(browser.findElement(By.id("output-kind"))).selectByValue("PATENT");
        browser.findElement(By.id("output-title")).sendKeys("一种铝电解槽阴极结构");
        browser.findElement(By.id("output-identifier")).sendKeys(digits + "." + PatentNumber.checkCharacter(digits));
        new Select(browser.findElement(By.id("output-owners"))).selectByValue(performer.toString());
        browser.findElement(By.cssSelector("#output-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("output-table"), "一种铝电解槽阴极结构"));

        signInAs("browser-rt-client");
        open("/projects/" + project);
        confirmAndSubmit("#accept-milestone-" + milestone);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("milestone-" + milestone), "已验收"));
        Chromium.screenshot(browser, "research-project.png");
    }

    private String trainAndCertify(Long body, Long client, Long performer) throws Exception {
        signInAs("browser-rt-performer");
        open("/trainings/new?bodyId=" + body);
        new Select(browser.findElement(By.id("providerId"))).selectByValue(performer.toString());
        browser.findElement(By.id("title")).sendKeys("铝电解工技能提升（浏览器）");
        browser.findElement(By.id("skills")).sendKeys("槽况判断、阳极更换、安全操作");
        browser.findElement(By.id("hours")).sendKeys("40");
        browser.findElement(By.id("capacity")).sendKeys("30");
        browser.findElement(By.cssSelector("#course-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-form")));
        setDate("#startsOn", "2026-11-02");
        setDate("#endsOn", "2026-11-06");
        browser.findElement(By.id("place")).sendKeys("实训中心");
        browser.findElement(By.cssSelector("#session-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/trainings/sessions/\\d+$"));
        String session = browser.getCurrentUrl();

        signInAs("browser-rt-client");
        browser.get(session);
        new Select(browser.findElement(By.id("enterpriseId"))).selectByValue(client.toString());
        browser.findElement(By.id("workerName")).sendKeys("王建国");
        browser.findElement(By.id("idNumber")).sendKeys(ID_NUMBER);
        browser.findElement(By.id("purpose")).sendKeys("培训报名、考勤与证书核发");
        browser.findElement(By.id("consent1")).click();
        browser.findElement(By.cssSelector("#enrol-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolment-table")));
        assertThat(browser.findElement(By.id("enrolment-table")).getText())
                .contains("王**")
                .doesNotContain("王建国");
        Long enrolment = jdbc.queryForObject(
                "select max(id) from training_enrolments where enterprise_id = ?", Long.class, client);

        signInAs("browser-rt-performer");
        browser.get(session);
        confirmAndSubmit("#pass-" + enrolment);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certify-" + enrolment)));
        browser.findElement(By.id("certify-" + enrolment)).click();
        String number = "BR" + Long.toString(System.nanoTime(), 36).toUpperCase();
        browser.findElement(By.id("number")).sendKeys(number);
        setDate("#issuedOn", "2026-11-10");
        new Select(browser.findElement(By.id("level"))).selectByValue("LEVEL_4");
        browser.findElement(By.id("occupation")).sendKeys("铝电解工");
        browser.findElement(By.id("holderName")).sendKeys("王建国");
        browser.findElement(By.id("holderIdNumber")).sendKeys(ID_NUMBER);
        browser.findElement(By.cssSelector("#certificate-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-table")));
        assertThat(browser.findElement(By.id("certificate-table")).getText()).contains(number, "王**");

        signInAs("browser-rt-client");
        browser.get(session);
        confirmAndSubmit("#confirm-" + enrolment);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolment-" + enrolment), "企业已确认"));
        assertThat(browser.findElement(By.id("enrolment-" + enrolment)).getText())
                .contains(number, "完成");
        Chromium.screenshot(browser, "training-session.png");
        return number;
    }
}
