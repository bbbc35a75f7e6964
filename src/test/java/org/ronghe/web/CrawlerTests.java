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

    /** axe-core, bundled in Deque's jar (only the script is used). */
    static final String AXE;

    static {
        try (var in = CrawlerTests.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            AXE = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anonymous",
                "sample-secretariat",
                "sample-enterprise",
                "sample-school",
                "sample-officer",
                "sample-observer",
                "sample-evaluator",
                "sample-student"
            })
    void everyPageReachableFromTheWorkbenchWorksOnAPhone(String username) throws Exception {
        browser = Chromium.start(PHONE, 900);
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        boolean anonymous = "anonymous".equals(username);
        if (!anonymous) {
            Chromium.signIn(browser, port, username, WorkbenchBrowserTests.PASSWORD);
        }
        assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue())
                .isLessThanOrEqualTo(PHONE);
        Cookie session = anonymous ? null : browser.manage().getCookieNamed("SESSION");
        HttpClient http = HttpClient.newHttpClient();
        String origin = "http://localhost:" + port;
        Deque<String> queue = new ArrayDeque<>(List.of(anonymous ? "/" : "/workbench"));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            visited++;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                    .header("Accept-Language", "zh-CN")
                    .header("Accept", "text/html");
            if (session != null) {
                request.header("Cookie", "SESSION=" + session.getValue());
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
                problems.add(path + " is " + width + " px wide: "
                        + browser.executeScript("return Array.from("
                                + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > innerWidth + 1"
                                + " && !e.closest('.table-responsive')).slice(0, 4).map(e => e.tagName + '.' + e.className + ' '"
                                + " + e.innerText.slice(0, 20)).join(' | ')"));
            }
            problems.addAll(accessibility(path));
            @SuppressWarnings("unchecked")
            List<String> links =
                    (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                            + ".map(a => a.href).filter(h => h.startsWith(location.origin))");
            for (String link : links) {
                URI uri = URI.create(link);
                String next = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                String shape = next.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
                if (SKIP.matcher(next).matches()
                        || !seen.add(next)
                        || shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                    continue;
                }
                queue.add(next);
            }
        }
        assertThat(visited).as("pages visited as " + username).isGreaterThan(4);
        assertThat(problems).as("pages broken for " + username).isEmpty();
    }

    /** The serious and critical violations axe-core finds on the page in the browser, with where. */
    @SuppressWarnings("unchecked")
    List<String> accessibility(String path) {
        browser.executeScript(AXE);
        List<String> found = (List<String>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' at ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]))");
        return found.stream().map(v -> path + " fails " + v).toList();
    }
}
