package org.ronghe.agreement.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ronghe.core.work.Notice;
import org.ronghe.core.work.Notice.Addressee;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning (07:30 in RONGHE_TIME_ZONE, before the daily digest), reminds the promising party of an obligation of a
 * signed or in-force agreement that falls due in {@value #AHEAD_DAYS} days, and tells the party and the body's
 * secretariat of one that fell due yesterday without being fulfilled. One node runs it (ShedLock).
 */
@Component
class ObligationDeadlines {

    static final int AHEAD_DAYS = 7;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final TransactionTemplate transaction;

    ObligationDeadlines(
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
    }

    private record Due(
            Long agreementId, String title, String description, LocalDate dueOn, Long partyId, Long bodyId) {}

    @Scheduled(cron = "${ronghe.agreements.deadline-cron:0 30 7 * * *}", zone = "${ronghe.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "obligation-deadlines", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void onSchedule() {
        remind();
    }

    /** Today's reminders, in one transaction (the scheduled run holds the lock; tests call this directly). */
    public void remind() {
        transaction.executeWithoutResult(s -> remindOn(LocalDate.now(clock)));
    }

    private void remindOn(LocalDate today) {
        for (Due due : dueOn(today.plusDays(AHEAD_DAYS), "('OPEN', 'DISPUTED')")) {
            events.publishEvent(new Notice(
                    Addressee.adminsOf(due.partyId()),
                    "notice.due-soon",
                    "/agreements/" + due.agreementId(),
                    due.title(),
                    due.description(),
                    due.dueOn().toString()));
        }
        for (Due due : dueOn(today.minusDays(1), "('OPEN', 'REPORTED', 'DISPUTED')")) {
            List<Addressee> to = new ArrayList<>(List.of(Addressee.adminsOf(due.partyId())));
            if (due.bodyId() != null) {
                to.add(Addressee.secretariatOf(due.bodyId()));
            }
            events.publishEvent(new Notice(
                    to,
                    "notice.overdue",
                    List.of(due.title(), due.description(), due.dueOn().toString()),
                    "/agreements/" + due.agreementId()));
        }
    }

    private List<Due> dueOn(LocalDate day, String statuses) {
        return jdbc.sql("select a.id, a.title, o.description, o.due_on, o.party_id, a.body_id from obligations o "
                        + "join agreements a on a.id = o.agreement_id where a.status in ('SIGNED', 'IN_FORCE') "
                        + "and o.due_on = ? and o.status in " + statuses + " order by o.id")
                .param(Date.valueOf(day))
                .query((r, n) -> new Due(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getDate(4).toLocalDate(),
                        r.getLong(5),
                        (Long) r.getObject(6, Long.class)))
                .list();
    }
}
