package org.ronghe.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.agreement.Reminders;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkItem;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.identity.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements' share of the workbench: progress reports another party made that the user's organisation is to
 * confirm, obligations overdue and due within 30 days, and agreements in force where nothing happened for 180 days.
 */
@Component
class AgreementWork implements PendingWork {

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Reminders reminders;

    AgreementWork(JdbcClient jdbc, Permissions permissions, Reminders reminders) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.reminders = reminders;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkQueue> forCurrentUser() {
        List<WorkQueue> queues = new ArrayList<>();
        List<Long> mine = permissions.administeredOrganisations();
        if (!mine.isEmpty()) {
            queues.add(reportsToConfirm(mine.toArray(Long[]::new)));
            queues.add(toSign(mine.toArray(Long[]::new)));
        }
        Reminders.Inbox inbox = reminders.forCurrentUser();
        queues.add(due(
                "work.overdue",
                WorkQueue.Kind.TO_DO,
                inbox.overdue(),
                inbox.overdueCount(),
                "/agreements?overdue=true"));
        queues.add(due("work.due-soon", WorkQueue.Kind.DEADLINE, inbox.dueSoon(), inbox.dueSoonCount(), null));
        queues.add(new WorkQueue(
                "work.dormant",
                WorkQueue.Kind.NEWS,
                inbox.dormantCount(),
                "/agreements?dormant=true",
                inbox.dormant().stream()
                        .limit(WorkQueue.SHOWN)
                        .map(d -> new WorkItem(d.title(), null, "/agreements/" + d.agreementId(), null))
                        .toList()));
        return queues;
    }

    private WorkQueue reportsToConfirm(Long[] mine) {
        // the first condition on agreement_id narrows to the user's agreements before any obligation is read
        String from = "from obligations o join agreements a on a.id = o.agreement_id where o.agreement_id in "
                + "(select p.agreement_id from agreement_parties p where p.organisation_id = any(?)) "
                + "and o.status = 'REPORTED' and a.status in ('SIGNED', 'IN_FORCE') and exists (select 1 from "
                + "agreement_parties p where p.agreement_id = a.id and p.organisation_id = any(?) "
                + "and p.organisation_id <> o.party_id)";
        long count = jdbc.sql("select count(*) " + from)
                .params(mine, mine)
                .query(Long.class)
                .single();
        List<WorkItem> items = jdbc.sql("select o.id, a.id, a.title, o.description, o.due_on " + from
                        + " order by o.due_on, o.id limit " + WorkQueue.SHOWN)
                .params(mine, mine)
                .query((r, n) -> new WorkItem(
                        r.getString(4),
                        r.getString(3),
                        "/agreements/" + r.getLong(2) + "#obligation-" + r.getLong(1),
                        r.getDate(5).toLocalDate()))
                .list();
        return new WorkQueue("work.reports-to-confirm", WorkQueue.Kind.TO_DO, count, null, items);
    }

    /** Drafts another party has signed already, where one of the user's organisations has not. */
    private WorkQueue toSign(Long[] mine) {
        String from = "from agreements a join agreement_parties p on p.agreement_id = a.id where a.status = 'DRAFT' "
                + "and p.organisation_id = any(?) and not exists (select 1 from agreement_signatures s where "
                + "s.agreement_id = a.id and s.organisation_id = p.organisation_id) and exists (select 1 from "
                + "agreement_signatures s where s.agreement_id = a.id)";
        long count = jdbc.sql("select count(distinct a.id) " + from)
                .param(mine)
                .query(Long.class)
                .single();
        List<WorkItem> items = jdbc.sql("select distinct a.id, a.title, a.last_activity_at " + from
                        + " order by a.last_activity_at, a.id limit " + WorkQueue.SHOWN)
                .param(mine)
                .query((r, n) -> new WorkItem(
                        r.getString(2),
                        null,
                        "/agreements/" + r.getLong(1) + "#signatures",
                        r.getTimestamp(3).toLocalDateTime().toLocalDate()))
                .list();
        return new WorkQueue("work.to-sign", WorkQueue.Kind.TO_DO, count, "/agreements?status=DRAFT", items);
    }

    private static WorkQueue due(String title, WorkQueue.Kind kind, List<Reminders.Due> due, long count, String href) {
        return new WorkQueue(
                title,
                kind,
                count,
                href,
                due.stream()
                        .limit(WorkQueue.SHOWN)
                        .map(d -> new WorkItem(
                                d.description(),
                                d.agreementTitle(),
                                "/agreements/" + d.agreementId() + "#obligation-" + d.obligationId(),
                                d.dueOn()))
                        .toList());
    }
}
