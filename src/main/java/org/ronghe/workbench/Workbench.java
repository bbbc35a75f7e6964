package org.ronghe.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ronghe.audit.AuditHistory;
import org.ronghe.audit.AuditRecord;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.identity.RongheUser;
import org.springframework.stereotype.Service;

/** What the workbench shows the signed-in user: the queues every module reports, and recent activity around them. */
@Service
public class Workbench {

    static final int RECENT = 10;

    private final List<PendingWork> sources;
    private final AuditHistory audit;

    Workbench(List<PendingWork> sources, AuditHistory audit) {
        this.sources = sources;
        this.audit = audit;
    }

    /** The queues with something in them, things to do first, then deadlines, then news. */
    public List<WorkQueue> queues() {
        return sources.stream()
                .flatMap(s -> s.forCurrentUser().stream())
                .filter(q -> q.count() > 0)
                .sorted(Comparator.comparing(WorkQueue::kind))
                .toList();
    }

    /** The latest audited changes to the bodies and organisations the user works for (their own records included). */
    public List<AuditRecord> recentActivity() {
        if (Permissions.currentUser().map(RongheUser::isPlatformAdmin).orElse(false)) {
            return audit.latest(RECENT);
        }
        List<String> subjects =
                Permissions.currentUser().map(Workbench::subjects).orElse(List.of());
        return subjects.stream()
                .flatMap(s -> audit.of(s, RECENT).stream())
                .sorted(Comparator.comparing(AuditRecord::occurredAt).reversed())
                .distinct()
                .limit(RECENT)
                .toList();
    }

    private static List<String> subjects(RongheUser user) {
        return user.grants().stream()
                .flatMap(Workbench::subject)
                .distinct()
                .limit(5)
                .toList();
    }

    private static Stream<String> subject(Grant g) {
        if (g.role() == Role.STUDENT) {
            return Stream.empty();
        }
        if (g.bodyId() != null) {
            return Stream.of("body:" + g.bodyId());
        }
        return g.organisationId() == null ? Stream.empty() : Stream.of("organisation:" + g.organisationId());
    }
}
