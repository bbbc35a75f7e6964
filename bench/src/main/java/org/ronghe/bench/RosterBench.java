package org.ronghe.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Roster import and export at scale: writes an .xlsx of new synthetic organisations (valid credit codes,
 * regions and industries), uploads it to one synthetic body through the API, polls the job and reads
 * its timestamps (validated, committed, indexed), then times the export of that body's roster.
 */
final class RosterBench {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] REGIONS = {"340800", "110000", "500107", "620100", "430100", "410100"};
    private static final String[] INDUSTRIES = {"32", "33", "C", "P", "65", "M"};

    private static final int WARM_UPS = 3;
    private static int sheets;

    private final Function<String, URI> uri;
    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ImportJobs jobs;

    RosterBench(Function<String, URI> uri, Report report) {
        this.uri = uri;
        this.report = report;
        this.jobs = new ImportJobs(uri, http);
    }

    /**
     * Imports {@value #WARM_UPS} warm-up rosters of a fifth of the rows (at most 20,000 each) first, so that the
     * measured import runs on compiled code, as the request scenarios do after their warm-up; all are printed (the
     * first shows a cold JVM). Each goes into a freshly founded synthetic body (so that reruns with --keep-data do not
     * grow one body).
     */
    void run(int rows) throws IOException, InterruptedException {
        report.section("roster import and export (" + String.format("%,d", rows) + " rows, into a new body)");
        int warmUp = Math.min(20_000, rows / 5);
        for (int i = 1; i <= WARM_UPS && warmUp > 0; i++) {
            report.line("  warm-up import %d of %d, %,d rows:", i, WARM_UPS, warmUp);
            importInto(warmUp, false);
        }
        report.line("  measured import, %,d rows:", rows);
        Long bodyId = importInto(rows, true);
        if (bodyId != null) {
            export(bodyId);
        }
    }

    /** Founds a body and imports a roster of new organisations into it; returns the body, or null when refused. */
    private Long importInto(int rows, boolean measured) throws IOException, InterruptedException {
        HttpResponse<String> founded = http.send(HttpRequest.newBuilder(uri.apply("/api/v1/bodies"))
                .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"合成名册基准联合体" + System.nanoTime()
                        + "\",\"kind\":\"CITY_CONSORTIUM\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(founded.body());
        if (founded.statusCode() != 201 || !id.find()) {
            report.line("  could not found a body: HTTP %d %s", founded.statusCode(), founded.body());
            return null;
        }
        long bodyId = Long.parseLong(id.group(1));
        long writing = System.nanoTime();
        byte[] xlsx = sheet(rows);
        report.line("  %-40s %s, %,d bytes", "sheet written by the bench", seconds(writing), xlsx.length);
        long uploading = System.nanoTime();
        HttpResponse<String> accepted = jobs.upload("/api/v1/bodies/" + bodyId + "/roster-imports", Map.of(),
                "bench-roster.xlsx", xlsx);
        report.line("  %-40s %s (HTTP %d)", "upload and store", seconds(uploading), accepted.statusCode());
        if (accepted.statusCode() != 202) {
            report.line("  import refused: %s", accepted.body());
            return null;
        }
        String job = jobs.poll(accepted.headers().firstValue("Location").orElseThrow());
        Instant created = instant(job, "createdAt");
        Instant validated = instant(job, "validatedAt");
        Instant committed = instant(job, "committedAt");
        Instant finished = instant(job, "finishedAt");
        report.line("  %-40s %s, %s", "status", field(job, "status"), field(job, "failureCode"));
        if (committed != null) {
            double total = Duration.between(created, committed).toMillis() / 1000.0;
            report.line("  %-40s %.2f s", "validation (rows written meanwhile)", Duration.between(created, validated).toMillis() / 1000.0);
            report.line("  %-40s %.2f s", "rest of the writing, and the commit", Duration.between(validated, committed).toMillis() / 1000.0);
            String target = !measured ? "" : rows / total >= 20_000 ? "; target >= 20,000: met" : "; target >= 20,000: NOT met";
            report.line("  %-40s %,.0f rows/s%s", "validated and committed", rows / total, target);
            report.line("  %-40s %.2f s", "search indexing of the new organisations",
                    Duration.between(committed, finished).toMillis() / 1000.0);
        }
        return bodyId;
    }

    private void export(long bodyId) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri.apply("/api/v1/bodies/" + bodyId + "/roster"))
                .header("Authorization", "Bearer " + AppProcess.ADMIN_TOKEN).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        report.line("  %-40s %s, %,d bytes (HTTP %d)", "export of the body's whole roster", seconds(start),
                response.body().length, response.statusCode());
    }


    /**
     * New organisations named 合成名册单位…, every one with a valid, unique credit code: serials from 500,000,000 up
     * (the synthetic directory's stay below 1,000,000), 100,000 per sheet, the sheet's block chosen by the clock and
     * a counter so that the warm-up and measured sheets of one run never share one.
     */
    static byte[] sheet(int rows) throws IOException {
        long stamp = System.currentTimeMillis();
        long seed = (stamp / 1000 + sheets++) % 4_000;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名册");
            Row header = sheet.createRow(0);
            String[] headers = {"单位名称*", "单位类型*", "办学层次", "统一社会信用代码", "行政区划代码", "行业代码", "网址", "公开联系方式", "加入日期"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                String[] cells = {"合成名册单位" + stamp + "-" + i, "企业", "", creditCode(500_000_000L + seed * 100_000L + i - 1),
                        REGIONS[i % REGIONS.length], INDUSTRIES[i % INDUSTRIES.length], "", "", "2024-07-02"};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A GB 32100 code: 91 (enterprise), region 340800, a 9-digit serial, and the check character. */
    static String creditCode(long serial) {
        String first17 = "91340800" + String.format("%09d", serial % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static Instant instant(String json, String field) {
        String value = field(json, field);
        return value == null ? null : Instant.parse(value);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|null)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String seconds(long startNanos) {
        return Report.seconds(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
