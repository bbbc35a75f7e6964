package org.ronghe.talent.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ronghe.core.SqlWhere;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkItem;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.talent.students.StudentSelfService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent pipeline's share of the workbench. An enterprise's admins: internships that started and that the
 * enterprise has not evaluated, hires waiting for its confirmation. A school's admins and personal-data officers:
 * correction requests to answer and student imports that finished in the last week. A student: their own requests.
 * Items name posts and schools, never students to an enterprise (names need consent; the page behind decides).
 */
@Component
class TalentWork implements PendingWork {

    private static final Duration RECENT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;
    private final StudentSelfService self;

    TalentWork(
            JdbcClient jdbc,
            Permissions permissions,
            Directory directory,
            MessageSource messages,
            Clock clock,
            StudentSelfService self) {
        this.self = self;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row that names an organisation to be put into words. */
    private record Row(Long id, String title, Long organisationId, LocalDate date) {}

    @Override
    @Transactional(readOnly = true)
    public List<WorkQueue> forCurrentUser() {
        List<WorkQueue> queues = new ArrayList<>();
        Long[] admins = permissions.organisationsAs(Role.ORGANISATION_ADMIN).toArray(Long[]::new);
        if (admins.length > 0) {
            queues.add(employerQueue(
                    "work.internships-to-evaluate",
                    "from internships i where %s " + "and i.starts_on <= ? and i.confirmed_at is null",
                    "i.id, i.post, i.school_id, i.starts_on",
                    "i.starts_on",
                    "/talent/internships/",
                    admins,
                    Date.valueOf(LocalDate.now(clock))));
            queues.add(employerQueue(
                    "work.hires-to-confirm",
                    "from hires i where %s and i.status = 'HIRED'",
                    "i.id, i.post, i.school_id, i.hired_on",
                    "i.hired_on",
                    "/talent/hires/",
                    admins));
        }
        Long[] keepers = permissions
                .organisationsAs(Role.ORGANISATION_ADMIN, Role.PERSONAL_DATA_OFFICER)
                .toArray(Long[]::new);
        if (keepers.length > 0) {
            queues.add(corrections("work.corrections", WorkQueue.Kind.TO_DO, "s.school_id = any(?)", keepers, true));
            queues.add(imports(keepers));
        }
        Long[] students = self.currentStudent().stream().toArray(Long[]::new);
        if (students.length > 0) {
            queues.add(corrections("work.my-corrections", WorkQueue.Kind.NEWS, "s.id = any(?)", students, false));
        }
        return queues;
    }

    /** A queue of an enterprise's rows; {@code %s} in {@code fromWhere} stands for the condition on its id. */
    private WorkQueue employerQueue(
            String title, String fromWhere, String columns, String order, String page, Long[] mine, Object... more) {
        SqlWhere.Condition ours = SqlWhere.oneOf("i.enterprise_id", List.of(mine));
        String from = fromWhere.formatted(ours.sql());
        List<Object> params = new ArrayList<>();
        params.add(ours.value());
        params.addAll(List.of(more));
        long count = jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("select " + columns + " " + from + " order by " + order + " nulls last, i.id limit "
                        + WorkQueue.SHOWN)
                .params(params)
                .query((r, n) -> new Row(
                        r.getLong(1),
                        r.getString(2),
                        r.getLong(3),
                        r.getDate(4) == null ? null : r.getDate(4).toLocalDate()))
                .list();
        Map<Long, OrganisationSummary> schools =
                directory.summaries(rows.stream().map(Row::organisationId).toList());
        return new WorkQueue(
                title,
                WorkQueue.Kind.TO_DO,
                count,
                "/talent/employer?enterpriseId=" + mine[0],
                rows.stream()
                        .map(r -> new WorkItem(
                                r.title(),
                                schools.containsKey(r.organisationId())
                                        ? schools.get(r.organisationId()).name()
                                        : null,
                                page + r.id(),
                                r.date()))
                        .toList());
    }

    private WorkQueue corrections(String title, WorkQueue.Kind kind, String scope, Long[] ids, boolean forSchool) {
        String from = "from correction_requests c join students s on s.id = c.student_id where c.status = 'OPEN' and "
                + scope;
        long count =
                jdbc.sql("select count(*) " + from).param(ids).query(Long.class).single();
        List<WorkItem> items = jdbc.sql("select c.student_id, s.name, c.field, c.created_at " + from
                        + " order by c.created_at limit " + WorkQueue.SHOWN)
                .param(ids)
                .query((r, n) -> new WorkItem(
                        forSchool ? r.getString(2) : field(r.getString(3)),
                        forSchool ? field(r.getString(3)) : null,
                        forSchool ? "/talent/students/" + r.getLong(1) + "#corrections" : "/talent/me",
                        r.getTimestamp(4).toLocalDateTime().toLocalDate()))
                .list();
        return new WorkQueue(title, kind, count, forSchool || items.isEmpty() ? null : "/talent/me", items);
    }

    private String field(String code) {
        return messages.getMessage("talent.correction.field." + code, null, code, LocaleContextHolder.getLocale());
    }

    private WorkQueue imports(Long[] schools) {
        Timestamp since = Timestamp.from(clock.instant().minus(RECENT));
        String from = "from student_imports i where i.school_id = any(?) and i.finished_at >= ?";
        long count = jdbc.sql("select count(*) " + from)
                .params(schools, since)
                .query(Long.class)
                .single();
        List<WorkItem> items = jdbc.sql("select i.id, i.file_name, i.status, i.finished_at " + from
                        + " order by i.finished_at desc limit " + WorkQueue.SHOWN)
                .params(schools, since)
                .query((r, n) -> new WorkItem(
                        r.getString(2),
                        messages.getMessage(
                                "talent.import.status." + r.getString(3),
                                null,
                                r.getString(3),
                                LocaleContextHolder.getLocale()),
                        "/talent/students/imports/" + r.getLong(1),
                        r.getTimestamp(4).toLocalDateTime().toLocalDate()))
                .list();
        return new WorkQueue("work.student-imports", WorkQueue.Kind.NEWS, count, null, items);
    }
}
