package org.ronghe.community.roster;

import java.util.UUID;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ronghe.community.BulkAdmissions;
import org.ronghe.community.BulkAdmissions.Admission;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.Community;
import org.ronghe.community.roster.RosterImport.Status;
import org.ronghe.community.roster.RosterValidation.Valid;
import org.ronghe.core.Actor;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.OrganisationDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a roster (.xlsx of organisations and their membership of one body) in the background. Every row
 * is validated first; if any row is invalid nothing is committed unless the user asked to import the valid
 * rows. The commit is one transaction (organisations, memberships, history, audit), then the new
 * organisations are indexed for search. The job row is the status resource the page and API poll.
 */
@Service
public class RosterImports {

    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

    /** Rosters are .xlsx files of at most 20 MB (100,000 rows fit in about 6 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Community community;
    private final FileStore files;
    private final BulkRegistration directory;
    private final BulkAdmissions admissions;
    private final RosterImportRecords records;
    private final TaskExecutor executor;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Labels labels;
    private final Clock clock;

    RosterImports(Community community, FileStore files, BulkRegistration directory, BulkAdmissions admissions,
                  RosterImportRecords records, TaskExecutor executor, TransactionTemplate transaction,
                  ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.community = community;
        this.files = files;
        this.directory = directory;
        this.admissions = admissions;
        this.records = records;
        this.executor = executor;
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
        return launch(bodyId, file.id(), file.originalName(), validOnly);
    }

    /** Runs a rejected import again on the same file, importing its valid rows. */
    public RosterImport importValidRows(Long bodyId, Long importId) {
        RosterImport rejected = get(bodyId, importId);
        if (rejected.status() != Status.REJECTED) {
            throw new RuleBroken("roster.not-rejected");
        }
        return launch(bodyId, records.fileOf(importId), rejected.fileName(), true);
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
        Long id = records.create(bodyId, fileId, fileName, validOnly, actor, clock.instant());
        executor.execute(() -> run(id, bodyId, fileId, validOnly, actor));
        return records.find(id).orElseThrow();
    }

    private void run(Long id, Long bodyId, UUID fileId, boolean validOnly, String actor) {
        try {
            records.status(id, Status.VALIDATING);
            RosterValidation validation = validate(id, fileId);
            records.validated(id, validation, clock.instant());
            log.info("Roster import {}: {} rows validated, {} invalid; directory lookups took {} ms", id,
                    validation.rows(), validation.invalidRows(), validation.lookupMillis());
            if (validation.invalidRows() > 0 && !validOnly) {
                records.finished(id, Status.REJECTED, null, clock.instant());
                return;
            }
            records.status(id, Status.IMPORTING);
            List<Long> newIds = transaction.execute(status -> commit(id, bodyId, validation.valid(), actor));
            if (!newIds.isEmpty()) {
                records.status(id, Status.INDEXING);
                directory.index(newIds.get(0), newIds.get(newIds.size() - 1));
            }
            records.finished(id, Status.DONE, null, clock.instant());
        } catch (RuleBroken e) {
            records.finished(id, Status.FAILED, e.code(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Roster import {} failed", id, e);
            records.finished(id, Status.FAILED, "roster.failed", clock.instant());
        }
    }

    /**
     * Reads the sheet on a thread of its own while this one validates, so that on two cores parsing the XML and
     * checking rows (with their directory lookups) overlap.
     */
    private RosterValidation validate(Long id, UUID fileId) {
        StoredFile file = files.find(fileId).orElseThrow();
        RosterValidation validation = new RosterValidation(labels, directory, LocalDate.now(clock));
        SheetPipe pipe = new SheetPipe(files.pathOf(file), "roster-reader-" + id);
        try {
            for (RosterReader.Line line = pipe.next(); line != null; line = pipe.next()) {
                validation.accept(line);
                if (validation.rows() % RosterValidation.CHUNK == 0) {
                    records.progress(id, validation.rows());
                }
            }
        } finally {
            pipe.close();
        }
        validation.finish();
        return validation;
    }

    private List<Long> commit(Long id, Long bodyId, List<Valid> valid, String actor) {
        List<OrganisationDetails> fresh = new ArrayList<>();
        for (Valid v : valid) {
            if (v.existingId() == null) {
                fresh.add(v.details());
            }
        }
        long start = System.nanoTime();
        List<Long> newIds = directory.registerAll(fresh, "roster-import:" + id);
        long registered = System.nanoTime();
        List<Admission> admitted = new ArrayList<>(valid.size());
        int next = 0;
        for (Valid v : valid) {
            Long organisationId = v.existingId() != null ? v.existingId() : newIds.get(next++);
            admitted.add(new Admission(organisationId, v.joinedOn()));
        }
        Outcome outcome = admissions.admitAll(bodyId, admitted, "roster-import:" + id, actor, clock.instant());
        log.info("Roster import {}: {} organisations registered in {} ms, {} admissions in {} ms", id, fresh.size(),
                (registered - start) / 1_000_000, admitted.size(), (System.nanoTime() - registered) / 1_000_000);
        records.committed(id, fresh.size(), valid.size() - fresh.size(), outcome, clock.instant());
        events.publishEvent(new RosterImported(bodyId, id, fresh.size(), outcome.admitted(), outcome.reopened(), actor));
        return newIds;
    }
}
