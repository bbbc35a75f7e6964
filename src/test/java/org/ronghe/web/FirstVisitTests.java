package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a first-time user met over real HTTP (issue 14): a bare 403, JSON for a page opened without its parameter, a
 * missing favicon, {@code HEAD /} sent to the login page, and a failed login that forgot the user name.
 */
@IntegrationTest
class FirstVisitTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Identity identity;

    /** A browser: keeps its cookies, follows no redirects, asks for Chinese. */
    class Browser {
        final HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            String csrf = csrfFrom(get("/login").body());
            return client.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Browser signIn(String username, String password) throws Exception {
            var answer = post(
                    "/login",
                    "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
            assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return this;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept-Language", "zh-CN")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
    }

    static String csrfFrom(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF field").isTrue();
        return m.group(1);
    }

    Browser signedIn(String username, Grant... grants) throws Exception {
        identity.findByUsername(username)
                .orElseGet(() -> identity.createAccount(username, "首访用户", "First-Visit-2026!", List.of(grants)));
        return new Browser().signIn(username, "First-Visit-2026!");
    }

    @Test
    void aForbiddenPageSaysWhoYouAreAndWhereToGo() throws Exception {
        var page = signedIn("fv-observer", Grant.observerOf(1L)).get("/admin/accounts");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("你没有打开此页面的权限", "fv-observer", "观察员", "href=\"/profile\"", "平台管理员开通");
    }

    @Test
    void pagesOpenedWithoutTheirParametersExplainInsteadOfAnsweringJson() throws Exception {
        var browser = signedIn("fv-admin-" + System.nanoTime() % 100000, Grant.platformAdmin());
        for (String path : List.of(
                "/talent/students/new",
                "/organisations?sort=name",
                "/talent/students/imports",
                "/agreements/dashboard")) {
            var page = browser.get(path);
            assertThat(page.statusCode()).as(path).isBetween(200, 499);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow())
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).doesNotContain("\"status\"", "Bad Request", "Required parameter");
        }
    }

    @Test
    void theFaviconIsThereAndHeadOfTheHomePageIsAnswered() throws Exception {
        var browser = new Browser();
        var icon = browser.client.send(
                browser.request("/favicon.ico").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body().length).isGreaterThan(100);
        var head = browser.client.send(
                browser.request("/")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(browser.get("/").body()).contains("rel=\"icon\"");
    }

    @Test
    void aFailedLoginKeepsTheUserName() throws Exception {
        var browser = new Browser();
        var refused = browser.post("/login", "username=fv-nobody&password=wrong-password");
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(browser.get(URI.create(location).getRawPath() + "?"
                                + URI.create(location).getRawQuery())
                        .body())
                .contains("value=\"fv-nobody\"");
    }
}
