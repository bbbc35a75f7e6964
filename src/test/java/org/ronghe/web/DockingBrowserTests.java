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
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Docking in headless Chromium: a school offers a capability, an enterprise posts a technical need and finds the
 * school's capability among its matches with the shared words marked, proposes a docking; the school accepts it, the
 * contacts appear, a meeting is logged and an agreement drafted from it, which both sign and bring into force; the
 * body's secretariat sees each step in the docking funnel on its dashboard.
 */
@IntegrationTest
class DockingBrowserTests {

    private static final String PASSWORD = "Docking-Browser-2026!";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

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

    Long member(Long body, String name, OrganisationType type, String contact) {
        Long id = directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.VOCATIONAL_SCHOOL ? SchoolLevel.HIGHER : null,
                                null,
                                "340800",
                                null,
                                null,
                                null,
                                contact),
                        true)
                .id();
        admissions.admit(body, id, null, "测试");
        return id;
    }

    void signInAs(String username) {
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, port, username, PASSWORD);
    }

    @Test
    void anEnterpriseFindsASchoolProposesADockingAndItEndsInAnAgreementInForceThatTheFunnelCounts() throws Exception {
        // a body of its own: in the seed body, capabilities other tests offered (in whatever order surefire ran them)
        // may outrank the school's among the need's matches
        Long body = community
                .found(new BodyDraft("浏览器对接有色金属共同体", null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        Long enterprise = member(body, "浏览器对接铜业", OrganisationType.ENTERPRISE, "张工 0556-5550001");
        Long school = member(body, "浏览器对接职业技术学院", OrganisationType.VOCATIONAL_SCHOOL, "刘老师 0556-5550002");
        identity.createAccount("browser-dk-firm", "企业管理员", PASSWORD, List.of(Grant.adminOf(enterprise)));
        identity.createAccount("browser-dk-school", "学院管理员", PASSWORD, List.of(Grant.adminOf(school)));
        identity.createAccount("browser-dk-secretariat", "秘书处", PASSWORD, List.of(Grant.secretariatOf(body)));
        browser = Chromium.start(1280, 1800);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        signInAs("browser-dk-school");
        browser.get("http://localhost:" + port + "/docking/capabilities/new");
        new Select(browser.findElement(By.id("kind"))).selectByValue("SERVICE");
        browser.findElement(By.id("title")).sendKeys("铜冶炼烟气制酸工艺诊断服务");
        browser.findElement(By.id("description")).sendKeys("为铜冶炼企业诊断烟气制酸系统，降低尾气二氧化硫排放，提高硫酸产量。");
        browser.findElement(By.cssSelector("#capability-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.urlMatches(".*/docking/capabilities/\\d+$"));
        String capability = browser.getCurrentUrl().replaceAll(".*/docking/capabilities/", "");

        signInAs("browser-dk-firm");
        browser.get("http://localhost:" + port + "/docking/needs/new");
        new Select(browser.findElement(By.id("bodyId"))).selectByValue(body.toString());
        browser.findElement(By.id("title")).sendKeys("铜冶炼烟气制酸尾气超标");
        browser.findElement(By.id("description")).sendKeys("铜冶炼烟气制酸系统尾气中二氧化硫浓度偏高，需要诊断工艺并提出改造方案。");
        new Select(browser.findElement(By.id("industry"))).selectByValue("C32");
        browser.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
        String match = "//ol[@id='matches']/li[.//a[@href='/docking/capabilities/" + capability + "']]";
        assertThat(browser.findElement(By.xpath(match)).getText()).contains("二氧化硫", "浏览器对接职业技术学院");
        Chromium.screenshot(browser, "docking-need-matches.png");
        browser.findElement(By.xpath(match + "//button[contains(@class,'propose')]"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("docking-status"), "待答复"));
        assertThat(browser.findElements(By.id("need-contact"))).isEmpty();

        signInAs("browser-dk-school");
        browser.findElement(By.cssSelector("#side-menu a[href='/docking/dockings']"))
                .click();
        browser.findElement(By.partialLinkText("铜冶炼烟气制酸尾气超标")).click();
        browser.findElement(By.id("accept")).click();
        wait.until(ExpectedConditions.textToBe(By.id("docking-status"), "已接受"));
        assertThat(browser.findElement(By.id("need-contact")).getText()).contains("张工 0556-5550001");
        browser.executeScript("document.querySelector('#meeting-form input[name=heldOn]').value = '2026-12-03'");
        browser.findElement(By.cssSelector("#meeting-form input[name=place]")).sendKeys("铜陵");
        browser.findElement(By.cssSelector("#meeting-form textarea[name=notes]"))
                .sendKeys("现场查看制酸系统，约定两周内提交诊断报告。");
        browser.findElement(By.id("log-meeting")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "约定两周内提交诊断报告"));
        browser.findElement(By.id("draft-agreement")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-status")));
        assertThat(browser.findElement(By.id("agreement-status")).getText()).isEqualTo("草稿");
        Chromium.screenshot(browser, "docking-agreement-drafted.png");
        browser.findElement(By.id("agreement-link")).click();
        wait.until(ExpectedConditions.titleContains("铜冶炼烟气制酸尾气超标"));
        assertThat(browser.getPageSource()).contains("浏览器对接铜业", "浏览器对接职业技术学院");
        String agreement = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#sign-" + school + " button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sign-" + school)));

        signInAs("browser-dk-firm");
        browser.get(agreement);
        browser.findElement(By.cssSelector("#sign-" + enterprise + " button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-in-force")));
        browser.findElement(By.cssSelector("#step-in-force button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-complete")));

        signInAs("browser-dk-secretariat");
        browser.get("http://localhost:" + port + "/agreements/dashboard?bodyId=" + body);
        for (String stage : List.of("POSTED", "MATCHED", "PROPOSED", "ACCEPTED", "SIGNED", "IN_FORCE")) {
            assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#panel-" + stage + " .fs-4"))
                            .getText()))
                    .as(stage)
                    .isPositive();
        }
        browser.findElement(By.id("panel-IN_FORCE")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
        assertThat(browser.findElement(By.id("records")).getText()).contains("铜冶炼烟气制酸尾气超标", "浏览器对接铜业");
        assertThat(Integer.parseInt(
                        browser.findElement(By.id("kind-TECHNOLOGY-IN_FORCE")).getText()))
                .isPositive();
        Chromium.screenshot(browser, "docking-funnel.png");
    }
}
