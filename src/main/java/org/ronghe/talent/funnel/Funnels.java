package org.ronghe.talent.funnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel of a body, a programme or an enterprise, read from the read model ({@code funnel_figures}, ADR 0014) for
 * bodies and programmes, and counted from the records for an enterprise (its interns and hires are few).
 */
@Component
public class Funnels {

    private static final String SUMS = "coalesce(sum(f.enrolled), 0) enrolled, coalesce(sum(f.interned), 0) interned, "
            + "coalesce(sum(f.offered), 0) offered, coalesce(sum(f.hired), 0) hired, coalesce(sum(f.hired_local), 0) "
            + "hired_local, coalesce(sum(f.hired_in_province), 0) hired_in_province";

    private final JdbcClient jdbc;

    Funnels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A part of a funnel: a programme (with its name) or a cohort or intake year. */
    public record Part(Long programmeId, String programmeName, Long cohortId, Integer intakeYear, Funnel funnel) {}

    /** How many needs are open, filled and closed, and how many people they ask for. */
    public record Needs(long open, long filled, long closed, long openHeadcount, long filledHeadcount) {}

    /** A body's funnel: in all, by programme, by intake year, and its talent needs. */
    public record BodyFunnel(Funnel total, List<Part> programmes, List<Part> intakes, Needs needs) {}

    /** A programme's funnel: in all and by cohort. */
    public record ProgrammeFunnel(Funnel total, List<Part> cohorts) {}

    @Transactional(readOnly = true)
    public BodyFunnel ofBody(Long bodyId) {
        List<Part> programmes = jdbc.sql("select p.id programme_id, p.name, " + SUMS + " from programmes p "
                        + "join funnel_figures f on f.programme_id = p.id where p.body_id = ? group by p.id, p.name "
                        + "order by enrolled desc, p.id")
                .param(bodyId)
                .query((r, n) -> new Part(r.getLong("programme_id"), r.getString("name"), null, null, funnel(r)))
                .list();
        List<Part> intakes = jdbc.sql("select c.intake_year, " + SUMS + " from programmes p join funnel_figures f "
                        + "on f.programme_id = p.id left join cohorts c on c.id = f.cohort_id where p.body_id = ? "
                        + "group by c.intake_year order by c.intake_year nulls first")
                .param(bodyId)
                .query((r, n) -> new Part(null, null, null, r.getObject("intake_year", Integer.class), funnel(r)))
                .list();
        return new BodyFunnel(
                Funnel.sum(programmes.stream().map(Part::funnel).toList()), programmes, intakes, needs(bodyId));
    }

    @Transactional(readOnly = true)
    public ProgrammeFunnel ofProgramme(Long programmeId) {
        List<Part> cohorts = jdbc.sql("select f.cohort_id, c.intake_year, " + SUMS + " from funnel_figures f "
                        + "left join cohorts c on c.id = f.cohort_id where f.programme_id = ? group by f.cohort_id, "
                        + "c.intake_year order by c.intake_year nulls first")
                .param(programmeId)
                .query((r, n) -> new Part(
                        programmeId,
                        null,
                        r.getLong("cohort_id") == 0 ? null : r.getLong("cohort_id"),
                        r.getObject("intake_year", Integer.class),
                        funnel(r)))
                .list();
        return new ProgrammeFunnel(Funnel.sum(cohorts.stream().map(Part::funnel).toList()), cohorts);
    }

    /**
     * An enterprise's funnel: students of the programmes it takes part in as an enterprise, then those it evaluated as
     * interns, offered a job, and hired (confirmed), each student counted once.
     */
    @Transactional(readOnly = true)
    public Funnel ofEnterprise(Long enterpriseId) {
        long enrolled = jdbc.sql("select coalesce(sum(enrolled), 0) from funnel_figures where programme_id in (select "
                        + "programme_id from programme_partners where organisation_id = ? and role = 'ENTERPRISE')")
                .param(enterpriseId)
                .query(Long.class)
                .single();
        long interned = jdbc.sql(
                        "select count(distinct i.student_id) from internships i where i.enterprise_id = ? and "
                                + "exists (select 1 from internship_evaluations e where e.internship_id = i.id and e.side = 'ENTERPRISE')")
                .param(enterpriseId)
                .query(Long.class)
                .single();
        return jdbc.sql("select ? enrolled, ? interned, count(distinct student_id) offered, "
                        + "count(distinct student_id) filter (where status = 'CONFIRMED') hired, "
                        + "count(distinct student_id) filter (where status = 'CONFIRMED' and local) hired_local, "
                        + "count(distinct student_id) filter (where status = 'CONFIRMED' and in_province) hired_in_province "
                        + "from hires where enterprise_id = ?")
                .params(enrolled, interned, enterpriseId)
                .query((r, n) -> funnel(r))
                .single();
    }

    private Needs needs(Long bodyId) {
        long[] counts = new long[5];
        jdbc.sql(
                        "select status, count(*), coalesce(sum(headcount), 0) from talent_needs where body_id = ? group by status")
                .param(bodyId)
                .query((ResultSet r) -> {
                    switch (r.getString(1)) {
                        case "OPEN" -> {
                            counts[0] = r.getLong(2);
                            counts[3] = r.getLong(3);
                        }
                        case "FILLED" -> {
                            counts[1] = r.getLong(2);
                            counts[4] = r.getLong(3);
                        }
                        default -> counts[2] = r.getLong(2);
                    }
                });
        return new Needs(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private static Funnel funnel(ResultSet r) throws SQLException {
        return new Funnel(
                r.getLong("enrolled"),
                r.getLong("interned"),
                r.getLong("offered"),
                r.getLong("hired"),
                r.getLong("hired_local"),
                r.getLong("hired_in_province"));
    }
}
