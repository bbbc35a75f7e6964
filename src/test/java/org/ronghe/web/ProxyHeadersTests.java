package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seen from outside, behind a TLS proxy: the cookie was never Secure, there was no HSTS, redirects went to http:// and
 * the audit trail recorded the proxy's address. Over real HTTP, as a proxy on this machine forwards a request.
 */
@IntegrationTest
class ProxyHeadersTests {

    @LocalServerPort
    int port;

    HttpResponse<String> send(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindATrustedTlsProxyRedirectsStayOnHttpsAndBrowsersAreToldToKeepToIt() throws Exception {
        HttpResponse<String> viaProxy = send(
                "/profile",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-For",
                "203.0.113.9",
                "X-Forwarded-Host",
                "ronghe.example.cn");
        assertThat(viaProxy.statusCode()).isEqualTo(302);
        assertThat(viaProxy.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(viaProxy.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");

        HttpResponse<String> direct = send("/profile");
        assertThat(direct.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
