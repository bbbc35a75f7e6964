package org.ronghe.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;

/**
 * Attendance import at scale (issue 18: ≥ 10,000 rows/s for 100,000 rows): starts the app on a fresh data directory,
 * puts a synthetic provider, enterprise, course and sessions of 1,000 workers each straight into the embedded
 * PostgreSQL (workers with valid 身份证号, their fingerprints computed with the app's generated key, names and numbers
 * sealed as the placeholder {@code synthetic}; 60% already confirmed by the enterprise), then imports attendance lists
 * through the API as the platform admin: three warm-up lists of a fifth of the rows (at most 20,000), then the measured
 * one (hours 30–40; 80% 合格, 10% 不合格, 10% blank). Rows/s from the job's {@code createdAt} to {@code finishedAt}:
 * reading, checking (fingerprints, enrolment look-ups), the batch updates and the figures. Then checks that the
 * figures equal the completions. Prints figures (and writes {@code bench/target/attendance.txt}); never asserts them.
 *
 * <p>Options: {@code --rows N} (100,000, at most the app's 100,000), and the bench's {@code --data-dir} (default
 * {@code bench/target/attendance-data}), {@code --port}, {@code --jar}.
 */
public final class AttendanceImportBench {

    private static final int WARM_UPS = 3;
    private static final int PER_SESSION = 1_000;
    private static final int SESSION_HOURS = 40;
    private static final double TARGET_ROWS_PER_S = 10_000;
    private static final String FINGERPRINTED = "certificate.holder-id";

    private final Options options;
    private final int rows;
    private final Report report = new Report();
    private final AppProcess app;
    private final ImportJobs jobs;
    private long providerId;
    private long enterpriseId;
    private long courseId;
    private int nextPerson;

    private AttendanceImportBench(Options options, int rows) {
        this.options = options;
        this.rows = rows;
        this.app = new AppProcess(options.dataDir(), options.port(), false);
        this.jobs = new ImportJobs(app::uri, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of("--data-dir", "bench/target/attendance-data"));
        int rows = 100_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rows") && i + 1 < args.length) {
                rows = Integer.parseInt(args[++i].replace("_", ""));
            } else {
                rest.add(args[i]);
            }
        }
        if (rows < 1 || rows > 100_000) {
            throw new IllegalArgumentException("--rows: 1 to 100,000 (the app's limit)");
        }
        new AttendanceImportBench(Options.parseOrExit(rest.toArray(String[]::new)), rows).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path output = options.output().resolveSibling("attendance.txt");
        try {
            report.line("Ronghe attendance import benchmark, %s",
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            Machine.describe(report);
            report.line("app          %s; repository at %s", options.jar().getFileName(), Machine.repositoryHead());
            Workspace.prepare(options);
            report.section("first start");
            report.line("%-40s %s", "start to ready", Report.seconds(app.start("first-start",
                    Launch.plain(Workspace.appJar(options)))));
            int warmUp = Math.min(20_000, rows / 5);
            try (Connection db = connect()) {
                fixtures(db);
                report.section("attendance import (" + String.format("%,d", rows) + " rows)");
                for (int i = 0; i < WARM_UPS && warmUp > 0; i++) {
                    report.line("  warm-up import %d of %d, %,d rows:", i + 1, WARM_UPS, warmUp);
                    importList(db, warmUp, false);
                }
                report.line("  measured import, %,d rows:", rows);
                importList(db, rows, true);
                figures(db);
            }
            report.section("memory");
            report.line("%-28s %s", "app JVM", ProcessMemory.of(app.pid()));
        } finally {
            app.stop();
            report.line("");
            report.line("bench took %s", Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
            report.writeTo(output);
            System.out.println("\nwritten to " + output);
        }
    }

    private Connection connect() throws IOException, SQLException {
        AppProcess.Database database = app.database();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres", "postgres",
                database.superuserPassword());
    }

    /** A provider and an enterprise (synthetic names, stamped so that --keep-data reruns add new ones), one course of 40 hours in a body id of their own. */
    private void fixtures(Connection db) throws SQLException {
        String stamp = Long.toString(System.currentTimeMillis());
        providerId = insertReturningId(db, "insert into organisations (name, normalised_name, type, created_at) "
                + "values ('合成考勤导入职业学院" + stamp + "', '合成考勤导入职业学院" + stamp + "', 'VOCATIONAL_SCHOOL', now()) "
                + "returning id");
        enterpriseId = insertReturningId(db, "insert into organisations (name, normalised_name, type, created_at) "
                + "values ('合成考勤导入铜业有限公司" + stamp + "', '合成考勤导入铜业有限公司" + stamp + "', 'ENTERPRISE', now()) "
                + "returning id");
        courseId = insertReturningId(db, "insert into training_courses (body_id, provider_id, kind, title, skills, hours, "
                + "mode, capacity, offered_at, offered_by) values (" + bodyId() + ", " + providerId
                + ", 'SKILL_UPGRADE', '合成铝电解工技能提升', '合成', " + SESSION_HOURS + ", 'ONSITE', " + PER_SESSION
                + ", now(), 'bench') returning id");
        report.line("%-40s provider %d, enterprise %d, course %d, body %d", "fixtures", providerId, enterpriseId,
                courseId, bodyId());
    }

    /** Not a real body: the synthetic training sits in a body id no body has, so no dashboard shows it. */
    private long bodyId() {
        return 900_000_000L + providerId;
    }

    private static long insertReturningId(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet r = statement.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Sessions of 1,000 workers for {@code count} new people; the rows of the sheet: session, ID number. */
    private List<String[]> enrol(Connection db, int count) throws Exception {
        long started = System.nanoTime();
        Mac mac = fingerprints();
        List<String[]> sheet = new ArrayList<>(count);
        StringBuilder csv = new StringBuilder();
        long session = 0;
        for (int i = 0; i < count; i++) {
            if (i % PER_SESSION == 0) {
                session = insertReturningId(db, "insert into training_sessions (course_id, body_id, provider_id, kind, "
                        + "starts_on, ends_on, capacity, hours, scheduled_at, scheduled_by) values (" + courseId + ", "
                        + bodyId() + ", " + providerId + ", 'SKILL_UPGRADE', current_date - 10, current_date - 5, "
                        + PER_SESSION + ", " + SESSION_HOURS + ", now(), 'bench') returning id");
            }
            String id = StudentImportBench.idNumber(nextPerson++);
            boolean confirmed = i % 10 < 6;
            csv.append(session).append(',').append(courseId).append(',').append(bodyId()).append(',')
                    .append(providerId).append(',').append(enterpriseId).append(",SKILL_UPGRADE,").append(SESSION_HOURS)
                    .append(",synthetic,合**,synthetic,").append(fingerprint(mac, id)).append(',')
                    .append(id, 0, 6).append("********").append(id, 14, 18)
                    .append(",合成培训,").append(Instant.now()).append(",bench,PENDING,")
                    .append(confirmed ? "CONFIRMED," + Instant.now() + ",bench" : "PENDING,,").append('\n');
            sheet.add(new String[] {Long.toString(session), id});
        }
        PGConnection pg = db.unwrap(PGConnection.class);
        pg.getCopyAPI().copyIn("copy training_enrolments (session_id, course_id, body_id, provider_id, enterprise_id, "
                + "kind, session_hours, worker_name_sealed, worker_name_masked, id_sealed, id_fingerprint, id_masked, "
                + "purpose, consent_at, consent_by, result, confirmation, confirmation_at, confirmation_by) "
                + "from stdin (format csv)", new StringReader(csv.toString()));
        report.line("  %-40s %s, %,d workers in %,d sessions (60%% confirmed)", "enrolled by the bench",
                Report.seconds(Duration.ofNanos(System.nanoTime() - started)), count,
                (count + PER_SESSION - 1) / PER_SESSION);
        return sheet;
    }

    private Mac fingerprints() throws Exception {
        Properties keys = new Properties();
        try (var in = Files.newInputStream(options.dataDir().resolve("keys").resolve("personal-data.properties"))) {
            keys.load(in);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(keys.getProperty("fingerprint-key").strip()),
                "HmacSHA256"));
        return mac;
    }

    /** As the app's {@code PersonalDataCipher.fingerprint}: HMAC-SHA256 of the field's name, a zero byte, the value. */
    private static String fingerprint(Mac mac, String value) {
        mac.update(FINGERPRINTED.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private void importList(Connection db, int count, boolean measured) throws Exception {
        List<String[]> people = enrol(db, count);
        long writing = System.nanoTime();
        byte[] xlsx = sheet(people);
        report.line("  %-40s %s, %,d bytes", "sheet written by the bench",
                Report.seconds(Duration.ofNanos(System.nanoTime() - writing)), xlsx.length);
        HttpResponse<String> accepted = jobs.upload("/api/v1/trainings/attendance-imports",
                Map.of("providerId", Long.toString(providerId)), "bench-attendance.xlsx", xlsx);
        if (accepted.statusCode() != 202) {
            report.line("  import refused (HTTP %d): %s", accepted.statusCode(), accepted.body());
            return;
        }
        String job = jobs.poll(accepted.headers().firstValue("Location").orElseThrow());
        long written = number(job, "writtenRows");
        report.line("  %-40s %s, %s; %,d read, %,d invalid, %,d written, %,d completions", "status",
                field(job, "status"), field(job, "failureCode"), number(job, "rowsRead"), number(job, "invalidRows"),
                written, number(job, "completions"));
        Instant created = instant(job, "createdAt");
        Instant validated = instant(job, "validatedAt");
        Instant finished = instant(job, "finishedAt");
        if (validated != null && finished != null) {
            double total = Duration.between(created, finished).toMillis() / 1000.0;
            report.line("  %-40s %.2f s", "validated (written meanwhile)",
                    Duration.between(created, validated).toMillis() / 1000.0);
            report.line("  %-40s %.2f s", "rest of the writing, figures, commit",
                    Duration.between(validated, finished).toMillis() / 1000.0);
            String target = !measured ? "" : String.format(Locale.ROOT, "; target >= %,.0f: %s", TARGET_ROWS_PER_S,
                    written / total >= TARGET_ROWS_PER_S ? "met" : "NOT met");
            report.line("  %-40s %.2f s, %,.0f rows/s%s", "imported (createdAt to finishedAt)", total,
                    written / total, target);
        }
    }

    /** The sheet: the person's session and ID number, hours 30–40, 合格 80%, 不合格 10%, blank 10%. */
    private static byte[] sheet(List<String[]> people) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考勤");
            Row header = sheet.createRow(0);
            String[] headers = {"班次编号*", "身份证号*", "出勤学时", "结果"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < people.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(people.get(i)[0]);
                row.createCell(1).setCellValue(people.get(i)[1]);
                row.createCell(2).setCellValue(Integer.toString(30 + i % 11));
                row.createCell(3).setCellValue(i % 10 < 8 ? "合格" : i % 10 == 8 ? "不合格" : "");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The figures against the enrolments: both must say the same. */
    private void figures(Connection db) throws SQLException {
        String sql = "select (select coalesce(sum(persons), 0) || ' persons, ' || coalesce(sum(hours), 0) || ' hours' "
                + "from training_figures where body_id = ? and side = 'BODY'), (select count(*) || ' persons, ' "
                + "|| coalesce(sum(coalesce(hours_attended, session_hours)), 0) || ' hours' from training_enrolments "
                + "where body_id = ? and completed_on is not null)";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, bodyId());
            statement.setLong(2, bodyId());
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                report.line("  %-40s %s; completed enrolments: %s (%s)", "figures of the body", r.getString(1),
                        r.getString(2), r.getString(1).equals(r.getString(2)) ? "equal" : "DIFFERENT");
            }
        }
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
}
