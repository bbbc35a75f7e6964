package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.ronghe.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signs in as each role of the sample data on a 390 px phone and follows every link reachable from the workbench and
 * the menus (same origin, GET only, bounded), failing on any 5xx, any page answered as JSON, any visible "null",
 * "??…??" or unfilled "{0}", and any page wider than the phone.
 */
@IntegrationTest
class CrawlerTests {

    static final int PHONE = 390;
    static final int MAX_PAGES = 45;
    static final int PER_SHAPE = 2;
    private static final Pattern SKIP = Pattern.compile(
            ".*(/logout|\\.xlsx|\\.json|/evidence/|/documents/|/file$|/swagger|/v3/api-docs|/api/|/print|/charters/).*|.*[?&]lang=.*");
    private static final Pattern BROKEN_TEXT = Pattern.compile("\\bnull\\b|\\?\\?[^?\\s]+\\?\\?|\\{\\d+[^}]*}");

    @LocalServerPort int port;
    ChromeDriver browser;

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-secretariat", "sample-enterprise", "sample-school", "sample-officer",
            "sample-observer", "sample-student"})
    void everyPageReachableFromTheWorkbenchWorksOnAPhone(String username) throws Exception {
        browser = Chromium.start(PHONE, 900);
        Chromium.signIn(browser, port, username, WorkbenchBrowserTests.PASSWORD);
        assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(PHONE);
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpClient http = HttpClient.newHttpClient();
        String origin = "http://localhost:" + port;
        Deque<String> queue = new ArrayDeque<>(List.of("/workbench"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            visited++;
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(origin + path))
                    .header("Cookie", "SESSION=" + session.getValue()).header("Accept-Language", "zh-CN")
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() >= 500 || type.contains("json")) {
                problems.add(path + " answered " + answer.statusCode() + " " + type);
                continue;
            }
            if (answer.statusCode() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            browser.get(origin + path);
            String text = (String) browser.executeScript("return document.body.innerText");
            var broken = BROKEN_TEXT.matcher(text);
            if (broken.find()) {
                problems.add(path + " shows '" + broken.group() + "'");
            }
            long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            if (width > PHONE) {
                problems.add(path + " is " + width + " px wide: " + browser.executeScript("return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > innerWidth + 1"
                        + " && !e.closest('.table-responsive')).slice(0, 4).map(e => e.tagName + '.' + e.className + ' '"
                        + " + e.innerText.slice(0, 20)).join(' | ')"));
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                    + ".map(a => a.href).filter(h => h.startsWith(location.origin))");
            for (String link : links) {
                URI uri = URI.create(link);
                String next = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                String shape = next.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
                if (SKIP.matcher(next).matches() || !seen.add(next) || shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                    continue;
                }
                queue.add(next);
            }
        }
        assertThat(visited).as("pages visited as " + username).isGreaterThan(5);
        assertThat(problems).as("pages broken for " + username).isEmpty();
    }
}
