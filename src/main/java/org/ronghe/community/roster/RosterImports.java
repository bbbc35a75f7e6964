package org.ronghe.community.roster;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.ronghe.community.BulkAdmissions;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.Community;
import org.ronghe.community.roster.RosterValidation.Valid;
import org.ronghe.core.Actor;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.NotFound;
import org.ronghe.core.imports.ImportRun;
import org.ronghe.core.imports.ImportTable;
import org.ronghe.core.imports.SheetCheck;
import org.ronghe.core.imports.SheetImports;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.jobs.JobTable;
import org.ronghe.core.work.Notice;
import org.ronghe.directory.BulkRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * Imports a roster (.xlsx of organisations and their membership of one body) on the import engine
 * ({@link SheetImports}). Every row is validated; if any row is invalid nothing is committed unless the user asked to
 * import the valid rows. Valid rows are written while validation goes on, in one transaction (organisations,
 * memberships, history, audit) that commits only at the end ({@link RosterWriter}); then the new organisations are
 * indexed for search. The job row is the status resource the page and API poll.
 */
@Service
public class RosterImports {

    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

    static final ImportTable TABLE = new ImportTable(
            new JobTable(
                    "roster_imports",
                    Set.of("QUEUED", "VALIDATING", "IMPORTING", "INDEXING"),
                    Set.of("INDEXING"),
                    Set.of("REJECTED")),
            "roster_import_problems",
            "roster.failed",
            "roster.not-rejected");

    private final Community community;
    private final SheetImports engine;
    private final BulkRegistration directory;
    private final BulkAdmissions admissions;
    private final RosterImportRecords records;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;

    RosterImports(
            Community community,
            SheetImports engine,
            BulkRegistration directory,
            BulkAdmissions admissions,
            RosterImportRecords records,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.community = community;
        this.engine = engine;
        this.directory = directory;
        this.admissions = admissions;
        this.records = records;
        this.events = events;
        this.labels = new Labels(messages);
        this.clock = clock;
    }

    @Bean
    static JobTable rosterImportJobs() {
        return TABLE.jobs();
    }

    /**
     * Stores the file and starts the import.
     *
     * @param validOnly import the valid rows even if some rows are invalid
     * @throws org.ronghe.core.InvalidInput when the file is not an .xlsx by content, empty or too large
     */
    public RosterImport start(Long bodyId, String fileName, InputStream content, boolean validOnly) {
        community.get(bodyId);
        String actor = Actor.current();
        return get(
                bodyId,
                engine.start(
                        TABLE,
                        fileName,
                        content,
                        file -> records.create(
                                bodyId, file.id(), file.originalName(), validOnly, actor, clock.instant()),
                        id -> new Run(id, bodyId, actor)));
    }

    /**
     * Runs a rejected import again on the same file, importing its valid rows.
     *
     * @throws org.ronghe.core.RuleBroken when the import was not rejected, or its sheet was deleted after the retention
     *     period
     */
    public RosterImport importValidRows(Long bodyId, Long importId) {
        RosterImport rejected = get(bodyId, importId);
        UUID fileId = engine.sheetOfRejected(TABLE, importId);
        String actor = Actor.current();
        return get(
                bodyId,
                engine.launch(
                        TABLE,
                        () -> records.create(bodyId, fileId, rejected.fileName(), true, actor, clock.instant()),
                        id -> new Run(id, bodyId, actor)));
    }

    public RosterImport get(Long bodyId, Long importId) {
        return records.find(importId)
                .filter(j -> j.bodyId().equals(bodyId))
                .orElseThrow(() -> new NotFound("roster import", importId));
    }

    public List<RosterImport> recent(Long bodyId) {
        return records.recent(bodyId, 10);
    }

    public List<SheetProblem> problems(Long bodyId, Long importId, int limit) {
        get(bodyId, importId);
        return engine.problems(TABLE, importId, limit);
    }

    /** One roster import: its checks against the directory, its writer, and indexing the new organisations. */
    private final class Run implements ImportRun<Valid, RosterWriter.Written> {

        private final Long id;
        private final Long bodyId;
        private final String actor;

        Run(Long id, Long bodyId, String actor) {
            this.id = id;
            this.bodyId = bodyId;
            this.actor = actor;
        }

        @Override
        public SheetCheck<Valid> check() {
            return new RosterValidation(labels, directory, LocalDate.now(clock));
        }

        @Override
        public ChunkWriter.Work<Valid, RosterWriter.Written> writer() {
            return new RosterWriter(new RosterWriter.Target(
                    directory,
                    admissions,
                    bodyId,
                    "roster-import:" + id,
                    actor,
                    clock.instant(),
                    written -> committed(id, bodyId, written, actor)));
        }

        @Override
        public void afterCommit(RosterWriter.Written written, Consumer<String> status) {
            if (written.created() > 0) {
                status.accept(RosterImport.Status.INDEXING.name());
                directory.index(written.firstNewId(), written.lastNewId());
            }
        }
    }

    /** In the import's transaction, just before it commits: the job's counts and the event. */
    private void committed(Long id, Long bodyId, RosterWriter.Written written, String actor) {
        Outcome outcome = written.outcome();
        log.info(
                "Roster import {}: {} organisations registered, {} reused; {} admitted, {} reopened",
                id,
                written.created(),
                written.reused(),
                outcome.admitted(),
                outcome.reopened());
        records.committed(id, written.created(), written.reused(), outcome, clock.instant());
        events.publishEvent(
                new RosterImported(bodyId, id, written.created(), outcome.admitted(), outcome.reopened(), actor));
        events.publishEvent(new Notice(
                Notice.Addressee.account(actor),
                "notice.roster-imported",
                "/bodies/" + bodyId + "/roster-imports/" + id,
                String.valueOf(written.created() + written.reused()),
                String.valueOf(outcome.admitted())));
    }
}
