package org.ronghe.talent.students;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.RateLimit;
import org.ronghe.core.SqlWhere;
import org.ronghe.talent.students.StudentEvents.StudentsSearchedByNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists students of one school, or those who consent to share with one organisation, by programme, cohort and what was
 * typed in the search box: a whole ID or mobile number is matched exactly through its keyed fingerprint, anything else
 * against names. Masked, unless the caller (a personal-data officer of the school, checked by the caller) asks for the
 * numbers in full: then the reveal is audited with the number of records.
 *
 * <p>A search by number tells whether a guessed number belongs to someone on the list, so together with a masked number
 * it could recover the whole one by trying the hidden digits. It is therefore allowed only in a school's own list
 * (whose keepers hold the numbers anyway), a limited number of times per user and hour, and each one is audited.
 */
@Component
public class StudentList {

    private static final String COLUMNS = "s.id, s.school_id, s.programme_id, s.cohort_id, s.name, s.gender, "
            + "s.id_number_masked, s.mobile_masked, s.id_number_sealed, s.mobile_sealed, s.major, s.class_name, "
            + "s.expected_graduation";

    private final JdbcClient jdbc;
    private final StudentBook book;
    private final ApplicationEventPublisher events;
    private final RateLimit numberSearches;
    private final StudentAccess access;

    StudentList(
            JdbcClient jdbc,
            StudentBook book,
            ApplicationEventPublisher events,
            StudentAccess access,
            @Value("${ronghe.security.number-searches-per-hour:30}") int numberSearchesPerHour) {
        this.jdbc = jdbc;
        this.book = book;
        this.events = events;
        this.access = access;
        this.numberSearches =
                new RateLimit("talent.student.number-search.limit", numberSearchesPerHour, Duration.ofHours(1));
    }

    /**
     * Whose students: a school's ({@code schoolId}), those consenting to an organisation ({@code consentedTo}), a
     * programme's or a body's (behind the funnel): one of them is required; the rest narrows. {@code step}: only the
     * students who reached that step of the funnel.
     */
    public record Filter(
            Long schoolId, Long consentedTo, Long programmeId, Long cohortId, String q, Long bodyId, FunnelStep step) {

        public Filter(Long schoolId, Long consentedTo, Long programmeId, Long cohortId, String q) {
            this(schoolId, consentedTo, programmeId, cohortId, q, null, null);
        }

        public boolean scoped() {
            return schoolId != null || consentedTo != null || programmeId != null || bodyId != null;
        }

        /** What a list or an export of these students is audited under. */
        public String subject() {
            return schoolId != null
                    ? "school:" + schoolId + "/students"
                    : consentedTo != null
                            ? "organisation:" + consentedTo + "/consented-students"
                            : programmeId != null
                                    ? "programme:" + programmeId + "/students"
                                    : "body:" + bodyId + "/students";
        }
    }

    private record Row(StudentSummary summary, StudentBook.SealedIdentifiers sealed) {}

    @Transactional
    public PageResult<StudentSummary> find(Filter filter, int page, int size, boolean reveal) {
        int pageSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        if (!filter.scoped()) {
            return new PageResult<>(List.of(), 0, pageSize, 0);
        }
        Query query = query(filter);
        SqlWhere where = query.where();
        long total = jdbc.sql("select count(*) from students s" + where.clause())
                .params(where.params())
                .query(Long.class)
                .single();
        searched(filter, query, total);
        List<Object> params = where.params();
        params.add(pageSize);
        params.add((long) Math.max(0, page) * pageSize);
        List<Row> rows = jdbc.sql(
                        "select " + COLUMNS + " from students s" + where.clause() + " order by s.id limit ? offset ?")
                .params(params)
                .query(StudentList::row)
                .list();
        return new PageResult<>(shown(filter, rows, reveal, "list"), Math.max(0, page), pageSize, total);
    }

    /** Every student the filter selects, for an export. */
    @Transactional
    public List<StudentSummary> all(Filter filter, boolean reveal) {
        if (!filter.scoped()) {
            return List.of();
        }
        Query query = query(filter);
        SqlWhere where = query.where();
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from students s" + where.clause() + " order by s.id")
                .params(where.params())
                .query(StudentList::row)
                .list();
        searched(filter, query, rows.size());
        return shown(filter, rows, reveal, "export");
    }

    private List<StudentSummary> shown(Filter filter, List<Row> rows, boolean reveal, String how) {
        if (!reveal || rows.isEmpty()) {
            return minimised(filter, rows.stream().map(Row::summary).toList());
        }
        List<StudentBook.Identifiers> clear =
                book.reveal(filter.subject(), rows.stream().map(Row::sealed).toList(), how);
        List<StudentSummary> shown = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            shown.add(rows.get(i).summary().revealedAs(clear.get(i)));
        }
        return shown;
    }

    /**
     * Names and classes only for those who need them: the keepers of the student's school and an enterprise the student
     * consented to; everyone else reading a programme's or a body's students gets minimised rows (ADR 0016).
     */
    private List<StudentSummary> minimised(Filter filter, List<StudentSummary> rows) {
        if (filter.consentedTo() != null) {
            return rows;
        }
        Map<Long, Boolean> keeps = new HashMap<>();
        return rows.stream()
                .map(s -> keeps.computeIfAbsent(s.schoolId(), access::canKeep) ? s : s.withNameHidden())
                .toList();
    }

    /** The conditions of a list, and whether it searches by a whole ID or mobile number. */
    private record Query(SqlWhere where, boolean byNumber) {}

    private Query query(Filter filter) {
        SqlWhere where = new SqlWhere()
                .and("s.school_id = ?", filter.schoolId())
                .and(
                        "exists (select 1 from student_consents c where c.student_id = s.id and c.organisation_id = ? "
                                + "and c.withdrawn_at is null)",
                        filter.consentedTo())
                .and("s.programme_id = ?", filter.programmeId())
                .and("s.cohort_id = ?", filter.cohortId())
                .and("s.programme_id in (select id from programmes where body_id = ?)", filter.bodyId());
        where.when(
                filter.step() != null && filter.step() != FunnelStep.ENROLLED,
                filter.step() == null
                        ? null
                        : "exists (select 1 from student_progress g where g.student_id = s.id and g."
                                + filter.step().column() + ")");
        String q = filter.q() == null ? "" : filter.q().strip();
        if (!q.isEmpty()) {
            String idNumber = book.idNumberFingerprint(q);
            String mobile = idNumber == null ? book.mobileFingerprint(q) : null;
            if (idNumber != null || mobile != null) {
                allowNumberSearch(filter);
            }
            if (idNumber != null) {
                where.and("s.id_number_fingerprint = ?", idNumber);
            } else if (mobile != null) {
                where.and("s.mobile_fingerprint = ?", mobile);
            } else {
                where.containing("s.name like ?", q);
            }
            return new Query(where, idNumber != null || mobile != null);
        }
        return new Query(where, false);
    }

    /**
     * @throws InvalidInput when the list is not one school's
     * @throws org.ronghe.core.TooManyRequests when the user has searched by number too often this hour
     */
    private void allowNumberSearch(Filter filter) {
        if (filter.schoolId() == null) {
            throw new InvalidInput("q", "talent.student.number-search.school-only");
        }
        numberSearches.take(Actor.current());
    }

    private void searched(Filter filter, Query query, long matches) {
        if (query.byNumber()) {
            events.publishEvent(new StudentsSearchedByNumber(filter.subject(), matches));
        }
    }

    private static Row row(ResultSet r, int n) throws SQLException {
        Date graduation = r.getDate("expected_graduation");
        return new Row(
                new StudentSummary(
                        r.getLong("id"),
                        r.getLong("school_id"),
                        r.getObject("programme_id", Long.class),
                        r.getObject("cohort_id", Long.class),
                        r.getString("name"),
                        Gender.valueOf(r.getString("gender")),
                        r.getString("id_number_masked"),
                        r.getString("mobile_masked"),
                        r.getString("major"),
                        r.getString("class_name"),
                        graduation == null ? null : graduation.toLocalDate(),
                        false,
                        false),
                new StudentBook.SealedIdentifiers(r.getString("id_number_sealed"), r.getString("mobile_sealed")));
    }
}
