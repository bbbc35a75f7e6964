package org.ronghe.docking.imports;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
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
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandBook;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.imports.DockingImport.Subject;
import org.ronghe.docking.imports.DockingImportRecords.Origin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * Imports needs or capabilities from .xlsx on the import engine ({@link SheetImports}): every row checked as a form
 * would be, the organisation of each row among those the importer may post for; if any row is invalid nothing is
 * committed unless the importer asked for the valid rows. Rows are written in one transaction while the check goes on,
 * then indexed for search; their vectors follow in the background like any saved item. Callers check who may import
 * ({@code DockingImportAccess}) and say for which organisations ({@link Scope}).
 */
@Service
public class DockingImports {

    /** Sheets of at most this many rows (the engine reads up to 100,000). */
    public static final int MAX_ROWS = 50_000;

    static final ImportTable TABLE = new ImportTable(
            new JobTable(
                    "docking_imports",
                    Set.of("QUEUED", "VALIDATING", "IMPORTING", "INDEXING"),
                    Set.of("INDEXING"),
                    Set.of("REJECTED")),
            "docking_import_problems",
            "docking.import.failed",
            "roster.not-rejected");

    private final SheetImports engine;
    private final DockingImportRecords records;
    private final DemandBook demands;
    private final CapabilityBook capabilities;
    private final BulkRegistration directory;
    private final EntityManagerFactory entityManagerFactory;
    private final ApplicationEventPublisher events;
    private final Cells cells;
    private final Clock clock;

    DockingImports(
            SheetImports engine,
            DockingImportRecords records,
            DemandBook demands,
            CapabilityBook capabilities,
            BulkRegistration directory,
            EntityManagerFactory entityManagerFactory,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.engine = engine;
        this.records = records;
        this.demands = demands;
        this.capabilities = capabilities;
        this.directory = directory;
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
        this.cells = new Cells(messages);
        this.clock = clock;
    }

    @Bean
    static JobTable dockingImportJobs() {
        return TABLE.jobs();
    }

    /**
     * What an import is for: needs or capabilities, a body (needs are posted in it; rows' organisations must be its
     * members) or none, the organisation of rows that name none, and the organisations the importer may post for (null:
     * any).
     */
    public record Scope(Subject subject, Long bodyId, Long organisationId, Set<Long> allowed) {}

    /**
     * Stores the file and starts the import.
     *
     * @throws org.ronghe.core.InvalidInput when the file is not an .xlsx by content, empty or too large
     */
    public DockingImport start(Scope scope, String fileName, InputStream content, boolean validOnly) {
        Origin origin = new Origin(scope.subject(), scope.bodyId(), scope.organisationId(), Actor.current());
        return get(engine.start(
                TABLE,
                fileName,
                content,
                file -> records.create(origin, file.id(), file.originalName(), validOnly, clock.instant()),
                id -> new Run(id, scope, origin.actor())));
    }

    /**
     * Runs a rejected import again on the same file, importing its valid rows.
     *
     * @throws org.ronghe.core.RuleBroken when the import was not rejected, or its sheet is gone
     */
    public DockingImport importValidRows(Long importId, Scope scope) {
        DockingImport rejected = get(importId);
        UUID fileId = engine.sheetOfRejected(TABLE, importId);
        Origin origin = new Origin(scope.subject(), scope.bodyId(), scope.organisationId(), Actor.current());
        return get(engine.launch(
                TABLE,
                () -> records.create(origin, fileId, rejected.fileName(), true, clock.instant()),
                id -> new Run(id, scope, origin.actor())));
    }

    public DockingImport get(Long importId) {
        return records.find(importId).orElseThrow(() -> new NotFound("docking import", importId));
    }

    /** The signed-in user's latest imports. */
    public List<DockingImport> mine() {
        return records.recent(Actor.current(), 10);
    }

    public List<SheetProblem> problems(Long importId, int limit) {
        get(importId);
        return engine.problems(TABLE, importId, limit);
    }

    /** One import: its check, its writer, and indexing what it created. */
    private final class Run implements ImportRun<Object, List<Long>> {

        private final Long id;
        private final Scope scope;
        private final String actor;

        Run(Long id, Scope scope, String actor) {
            this.id = id;
            this.scope = scope;
            this.actor = actor;
        }

        @Override
        public SheetCheck<Object> check() {
            Owners owners = new Owners(directory, scope.organisationId(), scope.allowed());
            @SuppressWarnings("unchecked")
            SheetCheck<Object> check = (SheetCheck<Object>) (SheetCheck<?>)
                    (scope.subject() == Subject.NEEDS
                            ? new NeedCheck(scope.bodyId(), cells, owners)
                            : new CapabilityCheck(cells, owners));
            return new Bounded<>(check, MAX_ROWS);
        }

        @Override
        public ChunkWriter.Work<Object, List<Long>> writer() {
            List<Long> created = new ArrayList<>();
            return new ChunkWriter.Work<>() {
                @Override
                public void write(List<Object> chunk) {
                    created.addAll(
                            scope.subject() == Subject.NEEDS
                                    ? demands.postImported(
                                            chunk.stream()
                                                    .map(DemandDraft.class::cast)
                                                    .toList(),
                                            actor)
                                    : capabilities.offerImported(
                                            chunk.stream()
                                                    .map(CapabilityDraft.class::cast)
                                                    .toList(),
                                            actor));
                }

                @Override
                public List<Long> finish() {
                    records.committed(id, created.size(), clock.instant());
                    events.publishEvent(
                            new DockingImported(id, scope.subject(), scope.bodyId(), created.size(), actor));
                    return created;
                }
            };
        }

        @Override
        public void afterCommit(List<Long> created, Consumer<String> status) {
            if (!created.isEmpty()) {
                status.accept(DockingImport.Status.INDEXING.name());
                index(scope.subject() == Subject.NEEDS ? Demand.class : Capability.class, created);
            }
            events.publishEvent(new Notice(
                    Notice.Addressee.account(actor),
                    "notice.docking-imported",
                    "/docking/imports/" + id,
                    String.valueOf(created.size())));
        }
    }

    private void index(Class<?> type, List<Long> ids) {
        long from = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long to = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            MassIndexer indexer = Search.session(entityManager)
                    .massIndexer(type)
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .mergeSegmentsOnFinish(false)
                    .threadsToLoadObjects(1);
            indexer.type(type)
                    .reindexOnly("e.id >= :from and e.id <= :to")
                    .param("from", from)
                    .param("to", to);
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } finally {
            entityManager.close();
        }
    }
}
