package org.ronghe.docking.internal;

import java.util.List;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkItem;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.identity.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Docking's share of the workbench: proposals that the user's organisations are still to answer. */
@Component
class DockingWork implements PendingWork {

    private static final String WAITING = "from dockings where status = 'PROPOSED' and ((need_organisation_id = any(?) "
            + "and not need_accepted) or (offer_organisation_id = any(?) and not offer_accepted))";

    private final JdbcClient jdbc;
    private final Permissions permissions;

    DockingWork(JdbcClient jdbc, Permissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkQueue> forCurrentUser() {
        Long[] mine = permissions.administeredOrganisations().toArray(Long[]::new);
        if (mine.length == 0) {
            return List.of();
        }
        long count = jdbc.sql("select count(*) " + WAITING)
                .params(mine, mine)
                .query(Long.class)
                .single();
        List<WorkItem> items = jdbc.sql(
                        "select id, title, proposed_at " + WAITING + " order by proposed_at limit " + WorkQueue.SHOWN)
                .params(mine, mine)
                .query((r, n) -> new WorkItem(
                        r.getString(2),
                        null,
                        "/docking/dockings/" + r.getLong(1),
                        r.getTimestamp(3).toLocalDateTime().toLocalDate()))
                .list();
        return List.of(
                new WorkQueue("work.dockings-to-answer", WorkQueue.Kind.TO_DO, count, "/docking/dockings", items));
    }
}
