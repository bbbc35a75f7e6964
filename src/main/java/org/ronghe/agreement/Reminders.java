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
import org.ronghe.core.SqlWhere;
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

    /** The first {@value #SHOWN} of each kind, most urgent first, and how many there are of each. */
    public record Inbox(List<Due> dueSoon, List<Due> overdue, List<Dormant> dormant, long dueSoonCount,
                        long overdueCount, long dormantCount) {
        public boolean isEmpty() {
            return dueSoon.isEmpty() && overdue.isEmpty() && dormant.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Inbox forCurrentUser() {
        Visibility scope = access.reminderScope();
        if (!scope.all() && scope.bodyIds().isEmpty() && scope.organisationIds().isEmpty()) {
            return new Inbox(List.of(), List.of(), List.of(), 0, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        Query dueSoon = new Query(scope, "d.due_on >= ? and d.due_on <= ?", Date.valueOf(today),
                Date.valueOf(today.plusDays(DUE_SOON_DAYS)));
        Query overdue = new Query(scope, "d.due_on < ?", Date.valueOf(today));
        Query dormant = new Query(scope, "a.status = 'IN_FORCE' and a.last_activity_at < ?",
                Timestamp.from(clock.instant().minus(DORMANT_AFTER)));
        return new Inbox(due(dueSoon), due(overdue), dormant(dormant), count("obligation_dues d", "d", dueSoon),
                count("obligation_dues d", "d", overdue), count("agreements a", "a", dormant));
    }

    /**
     * Open obligations come from the dashboard's read model {@code obligation_dues} (obligations of signed and in-force
     * agreements that are not fulfilled, with their body), which has indexes by body and by agreement with the due date.
     */
    private List<Due> due(Query query) {
        return jdbc.sql("select o.id, o.agreement_id, a.title, o.description, d.due_on, o.party_id from obligation_dues d "
                        + "join obligations o on o.id = d.obligation_id join agreements a on a.id = d.agreement_id "
                        + "where " + query.where("d")
                        + " order by d.due_on, d.obligation_id limit " + SHOWN).params(query.params())
                .query((r, n) -> new Due(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                        r.getDate(5).toLocalDate(), r.getLong(6))).list();
    }

    private List<Dormant> dormant(Query query) {
        return jdbc.sql("select a.id, a.title, a.last_activity_at from agreements a where " + query.where("a")
                        + " order by a.last_activity_at, a.id limit " + SHOWN).params(query.params())
                .query((r, n) -> new Dormant(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant())).list();
    }

    private long count(String from, String alias, Query query) {
        return jdbc.sql("select count(*) from " + from + " where " + query.where(alias)).params(query.params())
                .query(Long.class).single();
    }

    /**
     * A condition and its values, narrowed to what the user sees: their bodies' agreements and their parties'.
     */
    private record Query(Visibility scope, String when, Object... values) {

        String where(String table) {
            if (scope.all()) {
                return when;
            }
            String bodies = SqlWhere.oneOf(table + ".body_id", scope.bodyIds()).sql();
            String parties = table + "." + (table.equals("a") ? "id" : "agreement_id")
                    + " in (select p.agreement_id from agreement_parties p where p.organisation_id = any(?))";
            String seen = scope.organisationIds().isEmpty() ? bodies
                    : scope.bodyIds().isEmpty() ? parties : "(" + bodies + " or " + parties + ")";
            return when + " and " + seen;
        }

        List<Object> params() {
            List<Object> params = new ArrayList<>(List.of(values));
            if (!scope.all()) {
                if (!scope.bodyIds().isEmpty()) {
                    params.add(SqlWhere.oneOf("body_id", scope.bodyIds()).value());
                }
                if (!scope.organisationIds().isEmpty()) {
                    params.add(scope.organisationIds().toArray(Long[]::new));
                }
            }
            return params;
        }
    }
}
