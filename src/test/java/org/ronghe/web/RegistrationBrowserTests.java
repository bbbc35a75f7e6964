package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ronghe.IntegrationTest;
import org.ronghe.core.CreditCode;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor registers a unit in the browser, licence scan included; the platform admin verifies it; the unit's admin
 * signs in.
 */
@IntegrationTest
class RegistrationBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Submits as people do after typing the last field: Enter in it. */
    void submit() {
        browser.findElement(By.id("confirmPassword")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void aVisitorRegistersAndThePlatformAdminVerifies() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String first17 = "91340800" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        Path scan = Files.createTempFile("licence-", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n%%EOF\n");
        browser = Chromium.start(1280, 1600);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.linkText("单位注册")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register-submit")));
        type("name", "浏览器注册企业" + tag);
        new Select(browser.findElement(By.id("type"))).selectByValue("ENTERPRISE");
        type("creditCode", first17 + CreditCode.checkCharacter(first17));
        browser.executeScript("document.getElementById('regionCode').value = '340800'");
        type("contactName", "李联系");
        type("contactMobile", "139 0013 9000");
        type("username", "browser-unit-" + tag);
        type("password", "Unit-Admin-2026!");
        type("confirmPassword", "Unit-Admin-2026!");
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-errors")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("浏览器注册企业" + tag);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("请上传营业执照");
        type("password", "Unit-Admin-2026!");
        type("confirmPassword", "Unit-Admin-2026!");
        browser.findElement(By.id("licence")).sendKeys(scan.toAbsolutePath().toString());
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-submitted")));
        Chromium.screenshot(browser, "registration-submitted.png");
        browser.manage().deleteAllCookies();

        Chromium.signIn(browser, port, "admin", org.ronghe.IntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.xpath("//*[@id='work.registrations']//li[contains(., '浏览器注册企业" + tag
                        + "')]//a[contains(@class, 'btn')]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-form")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("139****9000")
                .doesNotContain("13900139000");
        browser.findElement(By.cssSelector("#verify-form button")).click();
        browser.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-status"), "已通过"));
        browser.manage().deleteAllCookies();

        Chromium.signIn(browser, port, "browser-unit-" + tag, "Unit-Admin-2026!");
        assertThat(browser.findElement(By.id("side-menu")).getText()).contains("本单位");
    }
}
