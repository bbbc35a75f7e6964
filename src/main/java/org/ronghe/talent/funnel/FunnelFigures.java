package org.ronghe.talent.funnel;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the funnel's read model (ADR 0014): after anything that may change what a student has achieved (enrolment, a
 * revision, an enterprise's evaluation, an offer, a hire confirmed or disputed), the student's {@code student_progress}
 * row is derived again from the records, and the difference between the old and the new row is applied to the sums of
 * {@code funnel_figures}: exact, so the sums cannot drift. Runs in the publishing transaction.
 */
@Component
public class FunnelFigures {

    private static final String DERIVED = "select s.school_id, s.programme_id, s.cohort_id, "
            + "exists (select 1 from internships i join internship_evaluations e on e.internship_id = i.id "
            + "where i.student_id = s.id and e.side = 'ENTERPRISE') interned, "
            + "exists (select 1 from hires h where h.student_id = s.id) offered, "
            + "exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED') hired, "
            + "exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.local) hired_local, "
            + "exists (select 1 from hires h where h.student_id = s.id and h.status = 'CONFIRMED' and h.in_province) "
            + "hired_in_province from students s where s.id = ?";

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    FunnelFigures(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** What a student has achieved, as both sides confirmed it. */
    record Progress(
            Long programmeId,
            Long cohortId,
            boolean interned,
            boolean offered,
            boolean hired,
            boolean local,
            boolean inProvince) {

        long[] counts(int sign) {
            return new long[] {
                sign,
                sign * bit(interned),
                sign * bit(offered),
                sign * bit(hired),
                sign * bit(local),
                sign * bit(inProvince)
            };
        }

        private static int bit(boolean flag) {
            return flag ? 1 : 0;
        }
    }

    /** Counts the student again: what they achieved may have changed (the figures move by the difference). */
    public void recount(Long studentId) {
        entityManager.flush();
        Optional<Progress> before = jdbc.sql("select programme_id, cohort_id, interned, offered, hired, hired_local, "
                        + "hired_in_province from student_progress where student_id = ? for update")
                .param(studentId)
                .query(FunnelFigures::progress)
                .optional();
        Optional<Progress> after = jdbc.sql(DERIVED)
                .param(studentId)
                .query(FunnelFigures::progress)
                .optional();
        if (after.isEmpty()) {
            return;
        }
        Progress p = after.get();
        jdbc.sql(
                        "insert into student_progress (student_id, school_id, programme_id, cohort_id, interned, offered, hired, "
                                + "hired_local, hired_in_province) select ?, school_id, ?, ?, ?, ?, ?, ?, ? from students where id = ? "
                                + "on conflict (student_id) do update set programme_id = excluded.programme_id, cohort_id = "
                                + "excluded.cohort_id, interned = excluded.interned, offered = excluded.offered, hired = "
                                + "excluded.hired, hired_local = excluded.hired_local, hired_in_province = excluded.hired_in_province")
                .params(
                        studentId,
                        p.programmeId(),
                        p.cohortId(),
                        p.interned(),
                        p.offered(),
                        p.hired(),
                        p.local(),
                        p.inProvince(),
                        studentId)
                .update();
        if (before.isPresent() && before.get().equals(p)) {
            return;
        }
        if (before.isPresent() && key(before.get()).compareTo(key(p)) > 0) {
            add(p, 1);
            add(before.get(), -1);
        } else {
            before.ifPresent(b -> add(b, -1));
            add(p, 1);
        }
    }

    /** Newly imported students: progress rows with nothing achieved yet, and their programmes' enrolment counts. */
    public void enrolled(Collection<Long> studentIds) {
        Long[] ids = studentIds.toArray(Long[]::new);
        jdbc.sql("insert into student_progress (student_id, school_id, programme_id, cohort_id) "
                        + "select id, school_id, programme_id, cohort_id from students where id = any(?)")
                .param(ids)
                .update();
        jdbc.sql(
                        "insert into funnel_figures (programme_id, cohort_id, enrolled) select programme_id, coalesce(cohort_id, 0), "
                                + "count(*) from students where id = any(?) and programme_id is not null group by 1, 2 order by 1, 2 "
                                + "on conflict (programme_id, cohort_id) do update set enrolled = funnel_figures.enrolled + excluded.enrolled")
                .param(ids)
                .update();
    }

    private void add(Progress p, int sign) {
        if (p.programmeId() == null) {
            return;
        }
        long[] c = p.counts(sign);
        jdbc.sql(
                        "insert into funnel_figures (programme_id, cohort_id, enrolled, interned, offered, hired, hired_local, "
                                + "hired_in_province) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (programme_id, cohort_id) do update set "
                                + "enrolled = funnel_figures.enrolled + excluded.enrolled, interned = funnel_figures.interned + "
                                + "excluded.interned, offered = funnel_figures.offered + excluded.offered, hired = funnel_figures.hired + "
                                + "excluded.hired, hired_local = funnel_figures.hired_local + excluded.hired_local, hired_in_province = "
                                + "funnel_figures.hired_in_province + excluded.hired_in_province")
                .params(p.programmeId(), p.cohortId() == null ? 0L : p.cohortId(), c[0], c[1], c[2], c[3], c[4], c[5])
                .update();
    }

    /** Rows of {@code funnel_figures} are changed in key order, so that two changes cannot deadlock. */
    private static String key(Progress p) {
        return String.format(
                "%019d:%019d", p.programmeId() == null ? 0 : p.programmeId(), p.cohortId() == null ? 0 : p.cohortId());
    }

    private static Progress progress(ResultSet r, int n) throws SQLException {
        return new Progress(
                r.getObject("programme_id", Long.class),
                r.getObject("cohort_id", Long.class),
                r.getBoolean("interned"),
                r.getBoolean("offered"),
                r.getBoolean("hired"),
                r.getBoolean("hired_local"),
                r.getBoolean("hired_in_province"));
    }
}
