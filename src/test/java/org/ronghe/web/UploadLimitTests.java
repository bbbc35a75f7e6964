package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seen from outside: an upload over the container's limit got an HTML page from the API. Over real HTTP, as a client
 * sends it.
 */
@IntegrationTest
class UploadLimitTests {

    @LocalServerPort
    int port;

    @Test
    void anUploadOverTheLimitGetsAProblemInTheClientsLanguage() throws Exception {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes();
        byte[] body = Arrays.copyOf(head, head.length + 27 * 1024 * 1024);
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/v1/bodies/1/roster-imports"))
                                .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN)
                                .header("Accept-Language", "zh-CN")
                                .header("Content-Type", "multipart/form-data; boundary=b")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(answer.body()).contains("文件太大").doesNotContain("<html");
    }
}
