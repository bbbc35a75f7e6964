package org.ronghe.agreement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.agreement.AgreementAccess.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs attention, for the parties' users and the body's secretariat: obligations due within 30 days, overdue
 * obligations (not confirmed by their due date), and dormant agreements (in force, nothing happened for 180 days).
 * Only signed and in-force agreements remind.
 */
@Service
public class Reminders {

    public static final int DUE_SOON_DAYS = 30;
    public static final Duration DORMANT_AFTER = Duration.ofDays(180);
    static final int SHOWN = 20;

    private final JdbcClient jdbc;
    private final AgreementAccess access;
    private final Clock clock;

    Reminders(JdbcClient jdbc, AgreementAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** An obligation that is due soon or overdue. */
    public record Due(Long obligationId, Long agreementId, String agreementTitle, String description, LocalDate dueOn,
                      Long partyId) {
    }

    /** An agreement in force where nothing happened since {@code lastActivityAt}. */
    public record Dormant(Long agreementId, String title, Instant lastActivityAt) {
    }

    /** The first {@value #SHOWN} of each kind, most urgent first. */
    public record Inbox(List<Due> dueSoon, List<Due> overdue, List<Dormant> dormant) {
        public boolean isEmpty() {
            return dueSoon.isEmpty() && overdue.isEmpty() && dormant.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Inbox forCurrentUser() {
        Visibility scope = access.reminderScope();
        if (!scope.all() && scope.bodyIds().isEmpty() && scope.organisationIds().isEmpty()) {
            return new Inbox(List.of(), List.of(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        return new Inbox(due(scope, "o.due_on >= ? and o.due_on <= ?", today, today.plusDays(DUE_SOON_DAYS)),
                due(scope, "o.due_on < ?", today), dormant(scope, clock.instant().minus(DORMANT_AFTER)));
    }

    private List<Due> due(Visibility scope, String when, LocalDate... dates) {
        List<Object> params = new ArrayList<>();
        for (LocalDate d : dates) {
            params.add(Date.valueOf(d));
        }
        String sql = "select o.id, o.agreement_id, a.title, o.description, o.due_on, o.party_id from obligations o "
                + "join agreements a on a.id = o.agreement_id where a.status in ('SIGNED', 'IN_FORCE') "
                + "and o.status <> 'FULFILLED' and " + when + scoped(scope, params) + " order by o.due_on, o.id limit " + SHOWN;
        return jdbc.sql(sql).params(params).query((r, n) -> new Due(r.getLong(1), r.getLong(2), r.getString(3),
                r.getString(4), r.getDate(5).toLocalDate(), r.getLong(6))).list();
    }

    private List<Dormant> dormant(Visibility scope, Instant before) {
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(before));
        String sql = "select a.id, a.title, a.last_activity_at from agreements a where a.status = 'IN_FORCE' "
                + "and a.last_activity_at < ?" + scoped(scope, params) + " order by a.last_activity_at, a.id limit " + SHOWN;
        return jdbc.sql(sql).params(params).query((r, n) -> new Dormant(r.getLong(1), r.getString(2),
                r.getTimestamp(3).toInstant())).list();
    }

    private static String scoped(Visibility scope, List<Object> params) {
        if (scope.all()) {
            return "";
        }
        params.add(scope.bodyIds().toArray(Long[]::new));
        params.add(scope.organisationIds().toArray(Long[]::new));
        return " and (a.body_id = any(?) or exists (select 1 from agreement_parties p where p.agreement_id = a.id "
                + "and p.organisation_id = any(?)))";
    }
}
