package org.ronghe.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ronghe.core.Busy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Eight hostile imports at once took a node down: now a node works on a few, queues a few and refuses the rest. */
class BackgroundJobsTest {

    static final JobTable TABLE = new JobTable("test_jobs", Set.of("QUEUED"), Set.of(), Set.of());

    @Test
    void worksOnAFewJobsQueuesAFewAndRefusesTheRestWithoutRecordingThem() throws Exception {
        BackgroundJobs jobs =
                new BackgroundJobs(List.of(TABLE), new JobSettings(2, 1, null, null, null), null, null, null);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        Runnable work = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
        };
        for (int i = 0; i < 3; i++) {
            jobs.submit(TABLE, () -> (long) recorded.incrementAndGet(), id -> work.run());
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> jobs.submit(TABLE, () -> (long) recorded.incrementAndGet(), id -> work.run()))
                .isInstanceOf(Busy.class)
                .hasMessageStartingWith("jobs.busy");
        assertThat(recorded).hasValue(3);
        release.countDown();
        waitUntil(() -> {
            try {
                return jobs.submit(TABLE, () -> 9L, id -> {}) == 9L;
            } catch (Busy stillFull) {
                return false;
            }
        });
        assertThat(most).hasValue(2);
        jobs.stop();
    }

    /**
     * A job seen ended in its row is no longer this node's to keep alive: the sweep, which spares this node's live
     * jobs, once skipped a job whose thread was still finishing after its row said it had ended (a flaky import test).
     */
    @Test
    void aJobEndingIsNoLongerKeptAliveThoughItsThreadHasNotReturned() throws Exception {
        JdbcClient jdbc = mock(JdbcClient.class);
        JobTable kept = new JobTable("test_jobs", Set.of("QUEUED"), Set.of(), Set.of("DONE"));
        BackgroundJobs jobs =
                new BackgroundJobs(List.of(kept), new JobSettings(1, 0, null, null, null), jdbc, null, null);
        CountDownLatch ended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        jobs.submit(kept, () -> 7L, id -> {
            jobs.ended(kept, id, "DONE", null);
            ended.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        jobs.beat();
        verifyNoInteractions(jdbc);
        release.countDown();
        jobs.stop();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(end);
            Thread.sleep(20);
        }
    }
}
