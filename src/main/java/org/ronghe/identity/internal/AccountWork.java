package org.ronghe.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkItem;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.identity.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The platform admin's share of the workbench: accounts held back by failed sign-ins, to look at and unlock. */
@Component
class AccountWork implements PendingWork {

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Clock clock;

    AccountWork(JdbcClient jdbc, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Override
    public List<WorkQueue> forCurrentUser() {
        if (!permissions.isPlatformAdmin()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        String from = "from accounts where enabled and locked_until > ?";
        long count =
                jdbc.sql("select count(*) " + from).param(now).query(Long.class).single();
        List<WorkItem> items = jdbc.sql("select username, display_name " + from + " order by locked_until desc limit "
                        + WorkQueue.SHOWN)
                .param(now)
                .query((r, n) -> new WorkItem(r.getString(1), r.getString(2), "/admin/accounts", null))
                .list();
        return List.of(new WorkQueue("work.locked-accounts", WorkQueue.Kind.TO_DO, count, "/admin/accounts", items));
    }
}
