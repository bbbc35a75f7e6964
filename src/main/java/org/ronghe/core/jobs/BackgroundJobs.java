package org.ronghe.core.jobs;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ronghe.core.Busy;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.internal.SearchIndexMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs the node's background jobs (imports) on a few threads of their own, a bounded number at once and a bounded
 * number waiting; more are refused ({@link Busy}) rather than queued without end. While a job is queued or at work its
 * row's {@code heartbeat_at} is kept fresh; a job whose heartbeat stopped (its node was killed) is failed as
 * interrupted by whichever node sweeps first, so no job shows "validating" forever. Uploaded sheets are deleted once
 * their job ends, a rejected one's after the retention period.
 */
@Service
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final List<JobTable> tables;
    private final JobSettings settings;
    private final JdbcClient jdbc;
    private final FileStore files;
    private final SearchIndexMaintenance search;
    private final Semaphore places;
    private final ExecutorService threads;
    private final Map<String, Set<Long>> alive = new ConcurrentHashMap<>();

    BackgroundJobs(
            List<JobTable> tables,
            JobSettings settings,
            JdbcClient jdbc,
            FileStore files,
            SearchIndexMaintenance search) {
        this.search = search;
        this.tables = tables;
        this.settings = settings;
        this.jdbc = jdbc;
        this.files = files;
        this.places = new Semaphore(settings.concurrency() + settings.queue());
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(settings.concurrency(), work -> {
            Thread thread = new Thread(work, "job-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Records a job (the supplier inserts its row, queued, and returns its id) and runs it when a thread is free.
     *
     * @return the job's id
     * @throws Busy when the node already has as many jobs at work and waiting as it takes; nothing is recorded then
     */
    public Long submit(JobTable table, Supplier<Long> record, LongConsumer work) {
        if (!places.tryAcquire()) {
            throw new Busy("jobs.busy", settings.concurrency() + settings.queue());
        }
        Set<Long> ids = alive.computeIfAbsent(table.name(), t -> ConcurrentHashMap.newKeySet());
        Long id;
        try {
            id = record.get();
            ids.add(id);
            threads.execute(() -> run(ids, id, work));
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        return id;
    }

    private void run(Set<Long> ids, Long id, LongConsumer work) {
        try {
            work.accept(id);
        } finally {
            ids.remove(id);
            places.release();
        }
    }

    /**
     * A job is ending (call before recording its ending): this node no longer keeps it alive, so that a job seen ended
     * is never mistaken for one at work here; its uploaded sheet is deleted unless it ends in a status whose sheet is
     * kept.
     */
    public void ended(JobTable table, Long id, String status, UUID fileId) {
        Set<Long> ids = alive.get(table.name());
        if (ids != null) {
            ids.remove(id);
        }
        if (!table.kept().contains(status)) {
            files.discard(fileId);
        }
    }

    /** Keeps the rows of this node's queued and running jobs marked alive. */
    @Scheduled(fixedDelayString = "${ronghe.jobs.heartbeat:15s}")
    public void beat() {
        for (JobTable table : tables) {
            Set<Long> ids = alive.getOrDefault(table.name(), Set.of());
            if (!ids.isEmpty()) {
                jdbc.sql("update " + table.name() + " set heartbeat_at = now() where id = any(?)")
                        .param(ids.toArray(Long[]::new))
                        .update();
            }
        }
    }

    /**
     * Fails the jobs whose node stopped beating (killed, crashed; never this node's own, whatever their heartbeat) and
     * deletes the sheets of jobs that ended, rejected ones after the retention period. Runs at start-up and every
     * minute ({@code ronghe.jobs.sweep-cron}), on one node at a time.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${ronghe.jobs.sweep-cron:30 * * * * *}")
    @SchedulerLock(name = "background-jobs-sweep", lockAtMostFor = "PT5M")
    public void sweep() {
        boolean repairIndex = false;
        for (JobTable table : tables) {
            String[] committed = table.committed().toArray(String[]::new);
            int interrupted = jdbc.sql(
                            "update " + table.name() + " set status = case when status = any(?) then 'DONE' "
                                    + "else 'FAILED' end, failure_code = case when status = any(?) then ? else ? end, finished_at = now() "
                                    + "where status = any(?) and heartbeat_at < now() - make_interval(secs => ?) and id <> all(?)")
                    .params(
                            committed,
                            committed,
                            JobTable.INDEX_INTERRUPTED,
                            JobTable.INTERRUPTED,
                            table.running().toArray(String[]::new),
                            (double) settings.abandonedAfter().toSeconds(),
                            alive.getOrDefault(table.name(), Set.of()).toArray(Long[]::new))
                    .update();
            if (interrupted > 0) {
                log.warn(
                        "{} jobs in {} were interrupted (their node stopped) and are closed",
                        interrupted,
                        table.name());
                repairIndex = true;
            }
            jdbc.sql("select j.file_id from " + table.name() + " j join stored_files f on f.id = j.file_id "
                            + "where f.discarded_at is null and j.finished_at is not null and not (j.status = any(?) "
                            + "and j.finished_at > now() - make_interval(secs => ?))")
                    .params(table.kept().toArray(String[]::new), (double)
                            settings.sheetRetention().toSeconds())
                    .query(UUID.class)
                    .list()
                    .forEach(files::discard);
        }
        if (repairIndex) {
            search.repair();
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
