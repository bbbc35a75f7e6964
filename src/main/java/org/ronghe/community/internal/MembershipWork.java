package org.ronghe.community.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkItem;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's share of the workbench: applications a secretariat has to decide, roster imports that finished in the
 * last week, and, for an organisation's admins, their own applications still waiting for a decision.
 */
@Component
class MembershipWork implements PendingWork {

    static final Duration RECENT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Directory directory;
    private final Clock clock;

    MembershipWork(JdbcClient jdbc, Permissions permissions, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkQueue> forCurrentUser() {
        List<WorkQueue> queues = new ArrayList<>();
        List<Long> bodies = permissions.bodiesAs(Role.SECRETARIAT);
        if (!bodies.isEmpty()) {
            queues.add(applications(
                    "work.applications",
                    WorkQueue.Kind.TO_DO,
                    "m.body_id = any(?)",
                    bodies,
                    "/bodies/" + bodies.get(0) + "/manage/members?status=PENDING"));
            queues.add(imports(bodies));
        }
        List<Long> observed = permissions.bodiesAs(Role.OBSERVER);
        if (!observed.isEmpty()) {
            queues.add(applications(
                    "work.applications-observed",
                    WorkQueue.Kind.NEWS,
                    "m.body_id = any(?)",
                    observed,
                    "/bodies/" + observed.get(0) + "/manage/members?status=PENDING"));
        }
        List<Long> organisations = permissions.organisationsAs(Role.ORGANISATION_ADMIN);
        if (!organisations.isEmpty()) {
            queues.add(applications(
                    "work.my-applications", WorkQueue.Kind.NEWS, "m.organisation_id = any(?)", organisations, null));
        }
        return queues;
    }

    private WorkQueue applications(String title, WorkQueue.Kind kind, String scope, List<Long> ids, String href) {
        Long[] array = ids.toArray(Long[]::new);
        long count = jdbc.sql("select count(*) from memberships m where m.status = 'PENDING' and " + scope)
                .param(array)
                .query(Long.class)
                .single();
        record Row(Long body, String bodyName, Long organisation, Timestamp at) {}
        List<Row> rows = jdbc.sql("select m.body_id, b.name, m.organisation_id, m.created_at from memberships m "
                        + "join bodies b on b.id = m.body_id where m.status = 'PENDING' and " + scope
                        + " order by m.created_at, m.id limit " + WorkQueue.SHOWN)
                .param(array)
                .query((r, n) -> new Row(r.getLong(1), r.getString(2), r.getLong(3), r.getTimestamp(4)))
                .list();
        Map<Long, OrganisationSummary> names =
                directory.summaries(rows.stream().map(Row::organisation).toList());
        List<WorkItem> items = rows.stream()
                .map(r -> new WorkItem(
                        names.containsKey(r.organisation())
                                ? names.get(r.organisation()).name()
                                : "#" + r.organisation(),
                        r.bodyName(),
                        "/bodies/" + r.body() + "/memberships/" + r.organisation(),
                        r.at().toLocalDateTime().toLocalDate()))
                .toList();
        return new WorkQueue(title, kind, count, href, items);
    }

    private WorkQueue imports(List<Long> bodies) {
        Long[] array = bodies.toArray(Long[]::new);
        Timestamp since = Timestamp.from(clock.instant().minus(RECENT));
        List<WorkItem> items = jdbc.sql("select i.id, i.body_id, i.file_name, i.status, i.finished_at, b.name "
                        + "from roster_imports i join bodies b on b.id = i.body_id where i.body_id = any(?) "
                        + "and i.finished_at >= ? order by i.finished_at desc limit " + WorkQueue.SHOWN)
                .params(array, since)
                .query((r, n) -> new WorkItem(
                        r.getString(3),
                        r.getString(6),
                        "/bodies/" + r.getLong(2) + "/roster-imports/" + r.getLong(1),
                        r.getTimestamp(5).toLocalDateTime().toLocalDate()))
                .list();
        long count = jdbc.sql("select count(*) from roster_imports where body_id = any(?) and finished_at >= ?")
                .params(array, since)
                .query(Long.class)
                .single();
        return new WorkQueue("work.roster-imports", WorkQueue.Kind.NEWS, count, null, items);
    }
}
