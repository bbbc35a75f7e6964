package org.ronghe.bench;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ronghe.bench.Vocabulary.Kind;
import org.ronghe.bench.Vocabulary.Place;

/**
 * Loads synthetic organisations, bodies with their governance, memberships, the agreements of one
 * body with their obligations and dashboard read model, and that body's programmes, students, internships
 * and hires with the funnel's read model into the app's database in one transaction, with the server-side
 * SQL of {@code synthetic-data.sql} and {@code synthetic-talent.sql}; reports each step's time. Every
 * synthetic name starts with 合成.
 */
final class SyntheticData implements AutoCloseable {

    /** Today where the app counts days (RONGHE_TIME_ZONE, which the bench leaves at its default). */
    private static final String APP_TODAY = "(now() at time zone 'Asia/Shanghai')::date";

    private final Connection connection;
    private final Report report;

    SyntheticData(AppProcess.Database database, Report report) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres",
                "postgres", database.superuserPassword());
        this.report = report;
    }

    /** Whether synthetic organisations are already there (kept data). */
    boolean present() throws SQLException {
        return count("select count(*) from organisations where name like '合成%'") > 0;
    }

    /** Generates the rows at the scale of the options, committing once at the end. */
    void load(Options options) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        insertKinds();
        Map<String, Object> values = Map.of("seed", 0.2026, "organisations", options.organisations(),
                "bodies", options.bodies(), "memberships", options.memberships(), "agreements", options.agreements(),
                "obligations", options.obligations(), "step", stepCoprimeTo(options.organisations()));
        for (SqlScript.Statement statement : SqlScript.load("/synthetic-data.sql", values)) {
            execute(statement.label(), statement.sql());
        }
        if (options.students() > 0) {
            Map<String, Object> talent = Map.of("students", options.students(), "internships", options.internships());
            for (SqlScript.Statement statement : SqlScript.load("/synthetic-talent.sql", talent)) {
                execute(statement.label(), statement.sql());
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        report.line("  %-40s %s", "total", Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Issue 18's R&D projects, tranches, courses, sessions, enrolments and certificates in the first synthetic body. */
    void loadOutcomes(int projects, int tranches, int enrolments) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        Map<String, Object> values = Map.of("projects", projects, "tranches", tranches, "enrolments", enrolments,
                "sessions", Math.max(1, enrolments / 50));
        for (SqlScript.Statement statement : SqlScript.load("/synthetic-outcomes.sql", values)) {
            execute(statement.label(), statement.sql());
        }
        connection.commit();
        connection.setAutoCommit(true);
        report.line("  %-40s %s", "total (outcomes)", Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    /** The outcome rows of the body whose dashboards are measured. */
    void printOutcomes(long bodyId) throws SQLException {
        report.line("  body %d: %,d projects, %,d tranches (%,d confirmed), %,d outputs; %,d sessions, %,d enrolments "
                        + "(%,d completed), %,d certificates", bodyId,
                count("select count(*) from research_projects where body_id = " + bodyId),
                count("select count(*) from research_tranches t join research_projects p on p.id = t.project_id "
                        + "where p.body_id = " + bodyId),
                count("select count(*) from research_tranches t join research_projects p on p.id = t.project_id "
                        + "where p.body_id = " + bodyId + " and t.status = 'CONFIRMED'"),
                count("select count(*) from research_outputs o join research_projects p on p.id = o.project_id "
                        + "where p.body_id = " + bodyId),
                count("select count(*) from training_sessions where body_id = " + bodyId),
                count("select count(*) from training_enrolments where body_id = " + bodyId),
                count("select count(*) from training_enrolments where body_id = " + bodyId
                        + " and completed_on is not null"),
                count("select count(*) from certificates where body_id = " + bodyId));
        report.line("  read-model rows: %,d research, %,d output, %,d training, %,d certificate",
                count("select count(*) from research_figures where body_id = " + bodyId),
                count("select count(*) from research_output_figures where body_id = " + bodyId),
                count("select count(*) from training_figures where body_id = " + bodyId),
                count("select count(*) from certificate_figures where body_id = " + bodyId));
    }

    /** Graded evaluations of every synthetic body but the first, {@code years} years up to {@code last}. */
    void loadEvaluations(int years, int last) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        for (SqlScript.Statement statement : SqlScript.load("/synthetic-evaluations.sql", Map.of("years", years,
                "last", last))) {
            execute(statement.label(), statement.sql());
        }
        connection.commit();
        connection.setAutoCommit(true);
        report.line("  %-40s %s", "evaluations total", Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Deletes the body's evaluations (one an earlier run with --keep-data opened), so that it can be opened again. */
    void forgetEvaluationsOf(long bodyId) throws SQLException {
        execute(null, "delete from evaluations where body_id = " + bodyId);
    }

    /** The evaluations by year and grade. */
    void printEvaluations() throws SQLException {
        report.line("  evaluations: %s", String.join(", ", strings("select year || ' ' || coalesce(grade, status) || ' '"
                + " || count(*) from evaluations group by year, grade, status order by year, grade")));
        report.line("  %-28s %,10d rows", "evaluation_entries", count("select count(*) from evaluation_entries"));
    }

    /** Row counts of the tables the bench fills. */
    void printCounts() throws SQLException {
        for (String table : List.of("organisations", "bodies", "memberships", "body_lead_units", "council_seats",
                "declared_composition_counts", "agreements", "agreement_parties", "obligations", "obligation_events",
                "agreement_figures", "obligation_dues", "body_agreement_figures", "programmes", "programme_partners", "cohorts",
                "students", "internships", "internship_evaluations", "hires", "student_progress", "funnel_figures")) {
            report.line("  %-28s %,10d rows", table, count("select count(*) from " + table));
        }
    }

    /** The scale of a body's dashboard, counted from the records as the dashboard defines them (overdue, dormant). */
    void printAgreements(long bodyId) throws SQLException {
        report.line("  body %d (dashboard scenarios): %,d agreements (%,d in force), %,d obligations, %,d overdue, "
                        + "%,d dormant agreements", bodyId,
                count("select count(*) from agreements where body_id = " + bodyId),
                count("select count(*) from agreements where body_id = " + bodyId + " and status = 'IN_FORCE'"),
                count("select count(*) from obligations o join agreements a on a.id = o.agreement_id where a.body_id = "
                        + bodyId),
                count("select count(*) from obligations o join agreements a on a.id = o.agreement_id where a.body_id = "
                        + bodyId + " and a.status in ('SIGNED', 'IN_FORCE') and o.status <> 'FULFILLED' "
                        + "and o.due_on < " + APP_TODAY),
                count("select count(*) from agreements where body_id = " + bodyId + " and status = 'IN_FORCE' "
                        + "and last_activity_at < now() - interval '180 days'"));
    }

    /** The scale of a body's funnel, counted from the records (the read model is not what is checked here). */
    void printTalent(long bodyId) throws SQLException {
        String programmes = "(select id from programmes where body_id = " + bodyId + ")";
        report.line("  body %d (funnel scenarios): %,d programmes, %,d students, %,d internships, %,d enterprise "
                        + "evaluations, %,d hires, %,d confirmed", bodyId,
                count("select count(*) from programmes where body_id = " + bodyId),
                count("select count(*) from students where programme_id in " + programmes),
                count("select count(*) from internships where programme_id in " + programmes),
                count("select count(*) from internship_evaluations e join internships i on i.id = e.internship_id "
                        + "where e.side = 'ENTERPRISE' and i.programme_id in " + programmes),
                count("select count(*) from hires where programme_id in " + programmes),
                count("select count(*) from hires where status = 'CONFIRMED' and programme_id in " + programmes));
    }

    /** The enterprise with the most internships (the employer's workbench scenario), with its queues' sizes. */
    long busiestEmployer() throws SQLException {
        long id = count("select enterprise_id from internships group by enterprise_id order by count(*) desc limit 1");
        report.line("  enterprise %d (employer's workbench): %,d internships, %,d started and not evaluated by it, "
                        + "%,d hires to confirm", id, count("select count(*) from internships where enterprise_id = " + id),
                count("select count(*) from internships where enterprise_id = " + id
                        + " and starts_on <= current_date and confirmed_at is null"),
                count("select count(*) from hires where enterprise_id = " + id + " and status = 'HIRED'"));
        return id;
    }

    /** Synthetic vocational schools without students, last first: each student import goes into one of them. */
    List<Long> schoolsWithoutStudents(int schools) throws SQLException {
        return strings("select id from organisations o where name like '合成%' and type = 'VOCATIONAL_SCHOOL' "
                + "and not exists (select 1 from students s where s.school_id = o.id) order by id desc limit " + schools)
                .stream().map(Long::valueOf).toList();
    }

    /** Marks the students of the given schools whose names start with 合成 as synthetic (imports cannot). */
    long markSynthetic(List<Long> schoolIds) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update students set synthetic = true where school_id = any(?) and name like '合成%' and not synthetic")) {
            update.setArray(1, connection.createArrayOf("bigint", schoolIds.toArray()));
            return update.executeLargeUpdate();
        }
    }

    /** The first synthetic name of each organisation type and body kind. */
    void printSamples() throws SQLException {
        for (String table : List.of("organisations", "bodies")) {
            String column = table.equals("bodies") ? "kind" : "type";
            report.line("  e.g. %s", String.join(", ", strings("select distinct on (" + column + ") name from " + table
                    + " where name like '合成%' order by " + column + ", id")));
        }
    }

    /** Ids of all synthetic bodies, in order: the first holds all synthetic agreements. */
    List<Long> bodyIds() throws SQLException {
        return strings("select id from bodies where name like '合成%' and name not like '合成名册基准%' order by id").stream().map(Long::valueOf).toList();
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private void insertKinds() throws SQLException {
        execute(null, "create temporary table bench_kinds (family text, type text, level text, authority text, "
                + "lo float8, hi float8, places text[], codes text[], middles text[], suffixes text[])");
        String sql = "insert into bench_kinds values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String family : List.of(Vocabulary.ORGANISATION, Vocabulary.BODY)) {
                List<Kind> kinds = Vocabulary.KINDS.stream().filter(k -> k.family().equals(family)).toList();
                double lo = 0;
                for (int i = 0; i < kinds.size(); i++) {
                    Kind kind = kinds.get(i);
                    double hi = i == kinds.size() - 1 ? 1.0 : lo + kind.share();
                    bindKind(insert, kind, lo, hi);
                    insert.addBatch();
                    lo = hi;
                }
            }
            insert.executeBatch();
        }
    }

    private void bindKind(PreparedStatement insert, Kind kind, double lo, double hi) throws SQLException {
        insert.setString(1, kind.family());
        insert.setString(2, kind.type());
        insert.setString(3, kind.level());
        insert.setString(4, kind.authority());
        insert.setDouble(5, lo);
        insert.setDouble(6, hi);
        insert.setArray(7, textArray(kind.places().stream().map(Place::word).toList()));
        insert.setArray(8, textArray(kind.places().stream().map(Place::code).toList()));
        insert.setArray(9, textArray(kind.middles()));
        insert.setArray(10, textArray(kind.suffixes()));
    }

    private Array textArray(List<String> words) throws SQLException {
        return connection.createArrayOf("text", words.toArray());
    }

    /** Runs one statement and, if it has a label, reports its time under it. */
    private void execute(String label, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (label != null) {
            report.line("  %-40s %s", label, Report.seconds(Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** A multiplier for spreading memberships that visits every organisation before repeating one. */
    private static int stepCoprimeTo(int organisations) {
        int step = 7919;
        while (BigInteger.valueOf(step).gcd(BigInteger.valueOf(organisations)).intValue() != 1) {
            step++;
        }
        return step % Math.max(organisations, 1);
    }
}
