package org.ronghe.agreement.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ronghe.agreement.AgreementBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night at 00:05 (in RONGHE_TIME_ZONE), expires signed and in-force agreements whose term has ended. One node
 * runs it: the ShedLock lock is held at least a minute, so a second node starting the same tick skips.
 */
@Component
class AgreementExpiry {

    private static final Logger log = LoggerFactory.getLogger(AgreementExpiry.class);

    private final AgreementBook book;

    AgreementExpiry(AgreementBook book) {
        this.book = book;
    }

    @Scheduled(cron = "${ronghe.agreements.expiry-cron:0 5 0 * * *}", zone = "${ronghe.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "agreement-expiry", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void expireEndedTerms() {
        int expired = book.expireDue();
        if (expired > 0) {
            log.info("{} agreements expired at the end of their term", expired);
        }
    }
}
