package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person in headless Chromium signs in and opens the nonferrous community's page. */
@IntegrationTest
class BrowserTests {

    @LocalServerPort int port;
    ChromeDriver browser;

    @BeforeEach
    void startChromium() {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"));
        assumeTrue(installed || System.getenv("CI") != null, "Debian chromium is not installed");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,2000", "--lang=zh-CN");
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

        browser.findElement(By.partialLinkText("国家有色金属行业产教融合共同体")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#composition-chart canvas")));
        assertThat(browser.findElement(By.id("declared-total")).getText()).isEqualTo("157");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("国家有色金属行业产教融合共同体");
        assertThat(browser.findElements(By.linkText("编辑"))).hasSize(1);
        Path shot = Path.of("target/screenshots/body-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
