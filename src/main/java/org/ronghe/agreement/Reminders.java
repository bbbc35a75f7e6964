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
 * obligations (not confirmed by their due date), and dormant agreements (in force, nothing happened for 180 days). Only
 * signed and in-force agreements remind.
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
    public record Due(
            Long obligationId,
            Long agreementId,
            String agreementTitle,
            String description,
            LocalDate dueOn,
            Long partyId) {}

    /** An agreement in force where nothing happened since {@code lastActivityAt}. */
    public record Dormant(Long agreementId, String title, Instant lastActivityAt) {}

    /** The first {@value #SHOWN} of each kind, most urgent first, and how many there are of each. */
    public record Inbox(
            List<Due> dueSoon,
            List<Due> overdue,
            List<Dormant> dormant,
            long dueSoonCount,
            long overdueCount,
            long dormantCount) {
        public boolean isEmpty() {
            return dueSoon.isEmpty() && overdue.isEmpty() && dormant.isEmpty();
        }
    }

    /** The first few of something, and how many there are in all. */
    record Shortlist<T>(List<T> first, long count) {}

    @Transactional(readOnly = true)
    public Inbox forCurrentUser() {
        Visibility scope = access.reminderScope();
        if (!scope.all() && scope.bodyIds().isEmpty() && scope.organisationIds().isEmpty()) {
            return new Inbox(List.of(), List.of(), List.of(), 0, 0, 0);
        }
        Shortlist<Due> dueSoon = dueSoon(scope, SHOWN);
        Shortlist<Due> overdue = overdue(scope, SHOWN);
        Shortlist<Dormant> dormant = dormant(scope, SHOWN);
        return new Inbox(
                dueSoon.first(), overdue.first(), dormant.first(), dueSoon.count(), overdue.count(), dormant.count());
    }

    /** Open obligations due within {@value #DUE_SOON_DAYS} days, soonest first. */
    Shortlist<Due> dueSoon(Visibility scope, int shown) {
        LocalDate today = LocalDate.now(clock);
        return due(
                Scoped.of(
                        scope,
                        "d",
                        "d.due_on >= ? and d.due_on <= ?",
                        Date.valueOf(today),
                        Date.valueOf(today.plusDays(DUE_SOON_DAYS))),
                shown);
    }

    /** Open obligations whose due date has passed, oldest first. */
    Shortlist<Due> overdue(Visibility scope, int shown) {
        return due(Scoped.of(scope, "d", "d.due_on < ?", Date.valueOf(LocalDate.now(clock))), shown);
    }

    /** Agreements in force where nothing happened for {@link #DORMANT_AFTER}, quietest first. */
    Shortlist<Dormant> dormant(Visibility scope, int shown) {
        Scoped query = Scoped.of(
                scope,
                "a",
                "a.status = 'IN_FORCE' and a.last_activity_at < ?",
                Timestamp.from(clock.instant().minus(DORMANT_AFTER)));
        return new Shortlist<>(
                jdbc.sql("select a.id, a.title, a.last_activity_at from agreements a where " + query.where()
                                + " order by a.last_activity_at, a.id limit " + shown)
                        .params(query.params())
                        .query((r, n) -> new Dormant(
                                r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant()))
                        .list(),
                count(query));
    }

    /**
     * Open obligations come from the dashboard's read model {@code obligation_dues} (obligations of signed and in-force
     * agreements that are not fulfilled, with their body), which has indexes by body and by agreement with the due
     * date.
     */
    private Shortlist<Due> due(Scoped query, int shown) {
        return new Shortlist<>(
                jdbc.sql("select o.id, o.agreement_id, a.title, o.description, d.due_on, o.party_id "
                                + "from obligation_dues d join obligations o on o.id = d.obligation_id join agreements a "
                                + "on a.id = d.agreement_id where " + query.where()
                                + " order by d.due_on, d.obligation_id limit " + shown)
                        .params(query.params())
                        .query((r, n) -> new Due(
                                r.getLong(1),
                                r.getLong(2),
                                r.getString(3),
                                r.getString(4),
                                r.getDate(5).toLocalDate(),
                                r.getLong(6)))
                        .list(),
                count(query));
    }

    private long count(Scoped query) {
        return jdbc.sql("select count(*) from " + query.table() + " where " + query.where())
                .params(query.params())
                .query(Long.class)
                .single();
    }

    /**
     * A table, a condition and its values, narrowed to what the user sees: their bodies' and their parties' agreements.
     */
    private record Scoped(String table, String where, List<Object> params) {

        /** {@code alias} is {@code d} (obligation_dues) or {@code a} (agreements); {@code when} uses it. */
        static Scoped of(Visibility scope, String alias, String when, Object... values) {
            List<Object> params = new ArrayList<>(List.of(values));
            List<String> seen = new ArrayList<>();
            if (!scope.all() && !scope.bodyIds().isEmpty()) {
                SqlWhere.Condition bodies = SqlWhere.oneOf(alias + ".body_id", scope.bodyIds());
                seen.add(bodies.sql());
                params.add(bodies.value());
            }
            if (!scope.all() && !scope.organisationIds().isEmpty()) {
                seen.add(alias + (alias.equals("a") ? ".id" : ".agreement_id") + " in (select p.agreement_id from "
                        + "agreement_parties p where p.organisation_id = any(?))");
                params.add(scope.organisationIds().toArray(Long[]::new));
            }
            return new Scoped(
                    alias.equals("a") ? "agreements a" : "obligation_dues d",
                    when + (seen.isEmpty() ? "" : " and (" + String.join(" or ", seen) + ")"),
                    params);
        }
    }
}
