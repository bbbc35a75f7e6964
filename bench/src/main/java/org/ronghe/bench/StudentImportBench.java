package org.ronghe.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Student import at scale: writes an .xlsx of new synthetic students (valid 身份证号 and mobiles), uploads it as the
 * platform admin into a synthetic vocational school that has no students yet, polls the job and reads its timestamps.
 * The rate is of the whole job, from {@code createdAt} to {@code finishedAt}: reading, validation, sealing (encryption
 * and fingerprints) and writing. The imported students are marked synthetic afterwards (an import cannot).
 */
final class StudentImportBench {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1990, 1, 1);
    /** A sheet's numbers: one block of 100 birth dates with 1,000 sequence numbers each (at most 100,000 rows). */
    private static final int BLOCK = 100_000;
    private static final int BLOCKS = 70;
    /** The block of this run's first sheet, from the clock (minutes), so that reruns use other numbers. */
    private static final int RUN_BLOCK = (int) (System.currentTimeMillis() / 60_000 % BLOCKS);
    private static final int WARM_UPS = 3;
    private static final double TARGET_ROWS_PER_S = 10_000;
    private static int sheets;

    private final Function<String, URI> uri;
    private final AppProcess.Database database;
    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ImportJobs jobs;

    StudentImportBench(Function<String, URI> uri, AppProcess.Database database, Report report) {
        this.uri = uri;
        this.database = database;
        this.report = report;
        this.jobs = new ImportJobs(uri, http);
    }

    /**
     * Imports {@value #WARM_UPS} warm-up sheets of a fifth of the rows (at most 20,000 each) first, so that the measured
     * import runs on compiled code; all are printed (the first shows a cold import path). Each sheet goes into its own
     * school, so that reruns with --keep-data measure the same work.
     */
    void run(int rows) throws IOException, InterruptedException, SQLException {
        report.section("student import (" + String.format("%,d", rows) + " rows, into a school without students)");
        List<Long> schools;
        try (SyntheticData data = new SyntheticData(database, report)) {
            schools = data.schoolsWithoutStudents(WARM_UPS + 1);
        }
        if (schools.size() < WARM_UPS + 1) {
            report.line("  skipped: fewer than %d synthetic vocational schools without students", WARM_UPS + 1);
            return;
        }
        int warmUp = Math.min(20_000, rows / 5);
        for (int i = 0; i < WARM_UPS && warmUp > 0; i++) {
            report.line("  warm-up import %d of %d, %,d rows, school %d:", i + 1, WARM_UPS, warmUp, schools.get(i));
            importInto(schools.get(i), warmUp, false);
        }
        report.line("  measured import, %,d rows, school %d:", rows, schools.get(WARM_UPS));
        importInto(schools.get(WARM_UPS), rows, true);
        try (SyntheticData data = new SyntheticData(database, report)) {
            report.line("  %,d imported students marked synthetic", data.markSynthetic(schools));
        }
    }

    private void importInto(long schoolId, int rows, boolean measured) throws IOException, InterruptedException {
        long writing = System.nanoTime();
        byte[] xlsx = sheet(rows);
        report.line("  %-40s %s, %,d bytes", "sheet written by the bench", seconds(writing), xlsx.length);
        long uploading = System.nanoTime();
        HttpResponse<String> accepted = jobs.upload("/api/v1/students/imports",
                Map.of("schoolId", String.valueOf(schoolId), "validOnly", "true"), "bench-students.xlsx", xlsx);
        report.line("  %-40s %s (HTTP %d)", "upload and store", seconds(uploading), accepted.statusCode());
        if (accepted.statusCode() != 202) {
            report.line("  import refused: %s", accepted.body());
            return;
        }
        String job = jobs.poll(accepted.headers().firstValue("Location").orElseThrow());
        report.line("  %-40s %s, %s", "status", field(job, "status"), field(job, "failureCode"));
        long imported = number(job, "imported");
        report.line("  %-40s %,d read, %,d invalid, %,d imported", "rows", number(job, "rowsRead"),
                number(job, "invalidRows"), imported);
        Instant created = instant(job, "createdAt");
        Instant validated = instant(job, "validatedAt");
        Instant finished = instant(job, "finishedAt");
        if (validated != null && finished != null) {
            double total = Duration.between(created, finished).toMillis() / 1000.0;
            report.line("  %-40s %.2f s", "validated and sealed (written meanwhile)",
                    Duration.between(created, validated).toMillis() / 1000.0);
            report.line("  %-40s %.2f s", "rest of the writing, and the commit",
                    Duration.between(validated, finished).toMillis() / 1000.0);
            String target = !measured ? "" : String.format(Locale.ROOT, "; target >= %,.0f: %s", TARGET_ROWS_PER_S,
                    imported / total >= TARGET_ROWS_PER_S ? "met" : "NOT met");
            report.line("  %-40s %.2f s, %,.0f rows/s%s", "imported (createdAt to finishedAt)", total, imported / total,
                    target);
        }
    }


    /**
     * New students named 合成导入学生…, each with a valid, distinct 身份证号 (region 340802, the sheet's block of birth
     * dates and sequence numbers: the warm-up and measured sheets of one run never share one), a gender that matches it
     * and a valid mobile.
     */
    static byte[] sheet(int rows) throws IOException {
        long stamp = System.currentTimeMillis();
        int block = (RUN_BLOCK + sheets++) % BLOCKS;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("学生");
            Row header = sheet.createRow(0);
            String[] headers = {"姓名*", "性别", "身份证号*", "手机号", "专业", "班级", "预计毕业"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                int k = block * BLOCK + i - 1;
                String[] cells = {"合成导入学生" + stamp + "-" + i, k % 2 == 1 ? "男" : "女", idNumber(k),
                        "139" + String.format("%08d", k), "工业机器人技术", "2024级合成" + (1 + i % 8) + "班", "2027-06"};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A GB 11643 number: region 340802, birth date {@code k / 1000} days after 1990-01-01, sequence {@code k % 1000}. */
    static String idNumber(int k) {
        String first17 = "340802" + FIRST_BIRTH.plusDays(k / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", k % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    private static Instant instant(String json, String field) {
        String value = field(json, field);
        return value == null ? null : Instant.parse(value);
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(?:\"([^\"]*)\"|null)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String seconds(long startNanos) {
        return Report.seconds(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
