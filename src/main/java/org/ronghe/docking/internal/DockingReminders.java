package org.ronghe.docking.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ronghe.docking.dockings.DockingBook;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, reminds the sides of docking proposals unanswered for seven days (once each; one node). */
@Component
class DockingReminders {

    private final DockingBook book;

    DockingReminders(DockingBook book) {
        this.book = book;
    }

    @Scheduled(cron = "${ronghe.docking.reminder-cron:0 40 7 * * *}", zone = "${ronghe.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "docking-reminders", lockAtMostFor = "PT30M")
    public void remind() {
        book.remindUnanswered();
    }
}
