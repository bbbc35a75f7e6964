package org.ronghe.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** Background imports through the API, as the roster and student benches run them: upload a sheet, poll the job. */
final class ImportJobs {

    private final Function<String, URI> uri;
    private final HttpClient http;

    ImportJobs(Function<String, URI> uri, HttpClient http) {
        this.uri = uri;
        this.http = http;
    }

    /** Posts the sheet as {@code file}, with the form fields, as the admin; the answer is the job (202). */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] xlsx)
            throws IOException, InterruptedException {
        String boundary = "ronghe-bench-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(xlsx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri.apply(path))
                .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The job once it has ended (REJECTED, DONE or FAILED), polled every 100 ms for at most an hour. */
    String poll(String location) throws IOException, InterruptedException {
        for (int i = 0; i < 36_000; i++) {
            String job = http.send(HttpRequest.newBuilder(uri.apply(location))
                    .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (job.matches(".*\"status\":\"(REJECTED|DONE|FAILED)\".*")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("import " + location + " did not finish within an hour");
    }
}
