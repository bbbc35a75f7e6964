package org.ronghe.community.roster;

import java.util.UUID;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ronghe.community.BulkAdmissions;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.Community;
import org.ronghe.community.roster.RosterImport.Status;
import org.ronghe.community.roster.RosterValidation.Valid;
import org.ronghe.core.work.Notice;
import org.ronghe.core.Actor;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.core.jobs.BackgroundJobs;
import org.ronghe.core.jobs.JobTable;
import org.ronghe.core.sheets.SheetPipe;
import org.ronghe.core.sheets.SheetReader;
import org.ronghe.directory.BulkRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a roster (.xlsx of organisations and their membership of one body) in the background. Every row
 * is validated; if any row is invalid nothing is committed unless the user asked to import the valid rows.
 * Valid rows are written while validation goes on, in one transaction (organisations, memberships, history,
 * audit) that commits only at the end ({@link RosterWriter} in a {@link ChunkWriter}); then the new organisations are indexed for search.
 * The job row is the status resource the page and API poll.
 */
@Service
public class RosterImports {

    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

    /** Rosters are .xlsx files of at most 20 MB (100,000 rows fit in about 6 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Rows between progress updates and hand-overs to the writer. */
    private static final int WRITE_EVERY = 5_000;

    static final JobTable JOBS = new JobTable("roster_imports", Set.of("QUEUED", "VALIDATING", "IMPORTING", "INDEXING"), Set.of("INDEXING"),
            Set.of("REJECTED"));

    private final Community community;
    private final FileStore files;
    private final BulkRegistration directory;
    private final BulkAdmissions admissions;
    private final RosterImportRecords records;
    private final BackgroundJobs jobs;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;

    RosterImports(Community community, FileStore files, BulkRegistration directory, BulkAdmissions admissions,
                  RosterImportRecords records, BackgroundJobs jobs,
                  TransactionTemplate transaction, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.community = community;
        this.files = files;
        this.directory = directory;
        this.admissions = admissions;
        this.records = records;
        this.jobs = jobs;
        this.transaction = transaction;
        this.events = events;
        this.labels = new Labels(messages);
        this.clock = clock;
    }

    /**
     * Stores the file and starts the import.
     *
     * @param validOnly import the valid rows even if some rows are invalid
     * @throws org.ronghe.core.InvalidInput when the file is not an .xlsx by content, empty or too large
     */
    public RosterImport start(Long bodyId, String fileName, InputStream content, boolean validOnly) {
        community.get(bodyId);
        StoredFile file = files.store(fileName, content, Set.of(FileKind.XLSX), MAX_BYTES);
        try {
            return launch(bodyId, file.id(), file.originalName(), validOnly);
        } catch (RuntimeException e) {
            files.discard(file.id());
            throw e;
        }
    }

    @Bean
    static JobTable rosterImportJobs() {
        return JOBS;
    }

    /**
     * Runs a rejected import again on the same file, importing its valid rows.
     *
     * @throws RuleBroken when the import was not rejected, or its sheet was deleted after the retention period
     */
    public RosterImport importValidRows(Long bodyId, Long importId) {
        RosterImport rejected = get(bodyId, importId);
        if (rejected.status() != Status.REJECTED) {
            throw new RuleBroken("roster.not-rejected");
        }
        UUID fileId = records.fileOf(importId);
        files.find(fileId).orElseThrow(() -> new RuleBroken("import.sheet-gone"));
        return launch(bodyId, fileId, rejected.fileName(), true);
    }

    public RosterImport get(Long bodyId, Long importId) {
        return records.find(importId).filter(j -> j.bodyId().equals(bodyId))
                .orElseThrow(() -> new NotFound("roster import", importId));
    }

    public List<RosterImport> recent(Long bodyId) {
        return records.recent(bodyId, 10);
    }

    public List<RosterProblem> problems(Long bodyId, Long importId, int limit) {
        get(bodyId, importId);
        return records.problems(importId, limit);
    }

    private RosterImport launch(Long bodyId, UUID fileId, String fileName, boolean validOnly) {
        String actor = Actor.current();
        Long id = jobs.submit(JOBS, () -> records.create(bodyId, fileId, fileName, validOnly, actor, clock.instant()),
                job -> run(job, bodyId, fileId, validOnly, actor));
        return records.find(id).orElseThrow();
    }

    private void run(Long id, Long bodyId, UUID fileId, boolean validOnly, String actor) {
        Status ended = Status.FAILED;
        RosterWriter.Target target = new RosterWriter.Target(directory, admissions, bodyId, "roster-import:" + id, actor,
                clock.instant(), written -> committed(id, bodyId, written, actor));
        ChunkWriter<Valid, RosterWriter.Written> writer = new ChunkWriter<>(transaction, () -> new RosterWriter(target),
                "roster-writer-" + id);
        try {
            records.status(id, Status.VALIDATING);
            RosterValidation validation = validate(id, fileId, validOnly, writer);
            records.validated(id, validation, clock.instant());
            log.info("Roster import {}: {} rows validated, {} invalid; directory lookups took {} ms", id,
                    validation.rows(), validation.invalidRows(), validation.lookupMillis());
            if (validation.invalidRows() > 0 && !validOnly) {
                writer.abandon();
                ended = Status.REJECTED;
                records.finished(id, ended, null, clock.instant());
                return;
            }
            records.status(id, Status.IMPORTING);
            RosterWriter.Written written = writer.commit();
            if (written.created() > 0) {
                records.status(id, Status.INDEXING);
                directory.index(written.firstNewId(), written.lastNewId());
            }
            ended = Status.DONE;
            records.finished(id, ended, null, clock.instant());
        } catch (RuleBroken e) {
            records.finished(id, Status.FAILED, e.code(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Roster import {} failed", id, e);
            records.finished(id, Status.FAILED, "roster.failed", clock.instant());
        } finally {
            writer.abandon();
            jobs.ended(JOBS, ended.name(), fileId);
        }
    }

    /**
     * Reads the sheet on a thread of its own while this one validates, and hands the valid lines to the writer
     * every {@value #WRITE_EVERY} rows: on two cores, parsing the XML, checking rows and the database's inserts
     * overlap. Once a row is invalid and only a clean sheet may be imported, nothing more is written (the writer
     * will be abandoned); validation goes on to report every problem.
     */
    private RosterValidation validate(Long id, UUID fileId, boolean validOnly,
                                       ChunkWriter<Valid, RosterWriter.Written> writer) {
        StoredFile file = files.find(fileId).orElseThrow();
        RosterValidation validation = new RosterValidation(labels, directory, LocalDate.now(clock));
        SheetPipe pipe = new SheetPipe(files.pathOf(file), RosterColumn.values().length, "roster-reader-" + id);
        try {
            for (SheetReader.Line line = pipe.next(); line != null; line = pipe.next()) {
                validation.accept(line);
                if (validation.rows() % WRITE_EVERY == 0) {
                    records.progress(id, validation.rows());
                    hand(validation, validOnly, writer);
                }
            }
        } finally {
            pipe.close();
        }
        validation.finish();
        hand(validation, validOnly, writer);
        return validation;
    }

    private static void hand(RosterValidation validation, boolean validOnly, ChunkWriter<Valid, RosterWriter.Written> writer) {
        List<Valid> lines = validation.takeValid();
        if (validOnly || validation.invalidRows() == 0) {
            writer.write(lines);
        }
    }

    /** In the import's transaction, just before it commits: the job's counts and the event. */
    private void committed(Long id, Long bodyId, RosterWriter.Written written, String actor) {
        Outcome outcome = written.outcome();
        log.info("Roster import {}: {} organisations registered, {} reused; {} admitted, {} reopened", id, written.created(),
                written.reused(), outcome.admitted(), outcome.reopened());
        records.committed(id, written.created(), written.reused(), outcome, clock.instant());
        events.publishEvent(new RosterImported(bodyId, id, written.created(), outcome.admitted(), outcome.reopened(), actor));
        events.publishEvent(new Notice(Notice.Addressee.account(actor), "notice.roster-imported",
                "/bodies/" + bodyId + "/roster-imports/" + id, String.valueOf(written.created() + written.reused()),
                String.valueOf(outcome.admitted())));
    }
}
