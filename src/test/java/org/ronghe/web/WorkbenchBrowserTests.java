package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ronghe.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One test per role on the sample body's data: the user signs in, finds what waits for them on the workbench, and takes
 * one item up in the browser. The observer reads the application the secretariat then decides, so they run in that
 * order.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTests {

    static final String PASSWORD = "Sample-Pass-2026!";

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    void signIn(String username) {
        browser = Chromium.start(1280, 1600);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Chromium.signIn(browser, port, username, PASSWORD);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The queue's card on the workbench, and its first item's action. */
    WebElement queue(String titleKey) {
        return browser.findElement(By.id(titleKey));
    }

    void phoneScreenshot(String name) throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Chromium.screenshot(browser, name);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
    }

    void takeUpFirst(String titleKey) {
        queue(titleKey).findElement(By.cssSelector("li a.btn")).click();
    }

    @Test
    @Order(1)
    void theObserverReadsAnApplicationUnderReview() throws Exception {
        signIn("sample-observer");
        assertThat(queue("work.applications-observed").getText()).contains("示例物流有限公司");
        Chromium.screenshot(browser, "workbench-observer.png");
        takeUpFirst("work.applications-observed");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("示例物流有限公司")
                .contains("申请加入");
        assertThat(browser.findElements(By.id("act-approve")))
                .as("an observer only reads")
                .isEmpty();
    }

    @Test
    @Order(2)
    void theSecretariatApprovesTheApplicationWaitingOnItsWorkbench() throws Exception {
        signIn("sample-secretariat");
        assertThat(browser.findElement(By.id("work-counts")).getText()).contains("待审核的入会申请");
        assertThat(queue("work.applications").getText()).contains("示例物流有限公司");
        assertThat(queue("work.overdue").getText()).contains("捐赠实训设备");
        Chromium.screenshot(browser, "workbench-secretariat.png");
        phoneScreenshot("workbench-secretariat-phone.png");
        assertThat(browser.findElement(By.id("bell-count")).getText()).matches("[1-9][0-9]*");
        browser.findElement(By.id("bell")).click();
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@id='notifications']//button[contains(., '示例物流有限公司')]")));
        Chromium.screenshot(browser, "notifications-secretariat.png");
        notice.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("act-approve")));
        browser.findElement(By.cssSelector("#act-approve button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        browser.findElement(By.cssSelector("#side-menu a[href='/workbench']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workbench")));
        assertThat(browser.findElements(By.id("work.applications")))
                .as("nothing left to decide")
                .isEmpty();
    }

    @Test
    @Order(3)
    void theEnterpriseConfirmsAHireFromItsWorkbench() throws Exception {
        signIn("sample-enterprise");
        assertThat(queue("work.internships-to-evaluate").getText()).contains("装配调试岗");
        assertThat(queue("work.hires-to-confirm").getText()).contains("设备运维工程师").doesNotContain("示例学生");
        Chromium.screenshot(browser, "workbench-enterprise.png");
        phoneScreenshot("workbench-enterprise-phone.png");
        takeUpFirst("work.hires-to-confirm");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-form")));
        browser.findElement(By.cssSelector("#confirm-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hire-status"), "企业已确认"));
    }

    @Test
    @Order(4)
    void theSchoolConfirmsTheReportAnotherPartyMade() throws Exception {
        signIn("sample-school");
        assertThat(queue("work.to-sign").getText()).contains("示例实训基地共建协议");
        assertThat(queue("work.reports-to-confirm").getText()).contains("每年接收实习生");
        Chromium.screenshot(browser, "workbench-school.png");
        phoneScreenshot("workbench-school-phone.png");
        takeUpFirst("work.reports-to-confirm");
        WebElement confirm =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[id^=confirm-] button")));
        assertThat(confirm.getText()).isEqualTo("以“示例职业技术学院”名义确认履行");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", confirm);
        confirm.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已确认履行"));
    }

    @Test
    @Order(5)
    void thePersonalDataOfficerAnswersACorrectionRequest() throws Exception {
        signIn("sample-officer");
        assertThat(queue("work.corrections").getText()).contains("示例学生01").contains("班级");
        takeUpFirst("work.corrections");
        WebElement accept = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".correction button[value=ACCEPTED]")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", accept);
        accept.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(browser.findElements(By.cssSelector(".correction button[value=ACCEPTED]")))
                .isEmpty();
    }

    @Test
    @Order(6)
    void theStudentFollowsTheirOwnRequest() throws Exception {
        signIn("sample-student");
        assertThat(browser.findElement(By.id("work-empty")).getText()).contains("暂无待办事项");
        browser.findElement(By.cssSelector("#side-menu a[href='/talent/me']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("corrections")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("示例学生01")
                .contains("班级");
    }
}
