package org.ronghe.core.imports;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.core.jobs.BackgroundJobs;
import org.ronghe.core.sheets.SheetPipe;
import org.ronghe.core.sheets.SheetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import engine (ADR 0022). A module names its tables ({@link ImportTable}) and supplies, per job, the check of
 * the sheet's lines and the writer of the valid rows ({@link ImportRun}); the engine stores the sheet (an .xlsx by
 * content, at most {@value #MAX_BYTES} bytes), records and runs the job in the background ({@link BackgroundJobs}), and
 * walks it through QUEUED → VALIDATING → REJECTED (a row invalid and only a clean sheet may be imported), or IMPORTING
 * → the kind's own step after the commit → DONE; FAILED on any failure, with nothing written. The sheet is read on a
 * thread of its own while this one checks, and valid rows go to a {@link ChunkWriter} every {@value #HAND_EVERY} rows,
 * in one transaction that commits only at the end (ADR 0008).
 */
@Service
public class SheetImports {

    private static final Logger log = LoggerFactory.getLogger(SheetImports.class);

    /** Sheets of at most 20 MB (100,000 rows fit in about 6 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows between progress updates and hand-overs to the writer. */
    private static final int HAND_EVERY = 5_000;

    private final FileStore files;
    private final BackgroundJobs jobs;
    private final ImportRecords records;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SheetImports(
            FileStore files, BackgroundJobs jobs, ImportRecords records, TransactionTemplate transaction, Clock clock) {
        this.files = files;
        this.jobs = jobs;
        this.records = records;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores an uploaded sheet and starts its job; a sheet whose job could not even start (the node was busy) is not
     * kept.
     *
     * @param create inserts the job's row, queued, with the sheet's id and name, and returns its id
     * @throws org.ronghe.core.InvalidInput when the file is no .xlsx by content, empty or too large
     */
    public Long start(
            ImportTable table,
            String fileName,
            InputStream content,
            Function<StoredFile, Long> create,
            LongFunction<ImportRun<?, ?>> run) {
        StoredFile file = files.store(fileName, content, Set.of(FileKind.XLSX), MAX_BYTES);
        try {
            return launch(table, () -> create.apply(file), run);
        } catch (RuntimeException e) {
            files.discard(file.id());
            throw e;
        }
    }

    /**
     * The sheet of a rejected job, to run again on its valid rows.
     *
     * @throws RuleBroken when the job was not rejected, or its sheet was deleted after the retention period
     */
    public UUID sheetOfRejected(ImportTable table, Long id) {
        ImportRecords.Start job = records.start(table, id);
        if (!"REJECTED".equals(job.status())) {
            throw new RuleBroken(table.notRejectedCode());
        }
        files.find(job.fileId()).orElseThrow(() -> new RuleBroken("import.sheet-gone"));
        return job.fileId();
    }

    /** Records a job ({@code create} inserts its row, queued) and runs it when a thread is free; returns its id. */
    public Long launch(ImportTable table, Supplier<Long> create, LongFunction<ImportRun<?, ?>> run) {
        return jobs.submit(table.jobs(), create, id -> run(table, id, run.apply(id)));
    }

    /** The problems kept for a job, in sheet order. */
    public List<SheetProblem> problems(ImportTable table, Long id, int limit) {
        return records.problems(table, id, limit);
    }

    /** How a job ended: its status and, failed, the reason's code. */
    private record Ending(String status, String code) {}

    /**
     * Runs a job; its sheet is deleted (unless kept for its ending) before the ending is recorded, so that whoever sees
     * the job ended sees its sheet gone.
     */
    private <V, R> void run(ImportTable table, Long id, ImportRun<V, R> run) {
        ImportRecords.Start job = records.start(table, id);
        ChunkWriter<V, R> writer = new ChunkWriter<>(transaction, run::writer, table.name() + "-writer-" + id);
        Ending ending = new Ending("FAILED", table.failureCode());
        try {
            ending = work(table, id, job, run, writer);
        } catch (RuleBroken e) {
            ending = new Ending("FAILED", e.code());
        } catch (RuntimeException e) {
            log.warn("{} {} failed", table.name(), id, e);
        } finally {
            writer.abandon();
            jobs.ended(table.jobs(), id, ending.status(), job.fileId());
            records.finished(table, id, ending.status(), ending.code(), clock.instant());
        }
    }

    private <V, R> Ending work(
            ImportTable table, Long id, ImportRecords.Start job, ImportRun<V, R> run, ChunkWriter<V, R> writer) {
        records.status(table, id, "VALIDATING");
        long started = System.nanoTime();
        SheetCheck<V> check = validate(table, id, job, run.check(), writer);
        records.validated(table, id, check, clock.instant());
        long validated = System.nanoTime();
        if (check.invalidRows() > 0 && !job.validOnly()) {
            return new Ending("REJECTED", null);
        }
        records.status(table, id, "IMPORTING");
        R written = writer.commit();
        log.info(
                "{} {}: {} rows validated in {} ms, {} invalid (valid rows written meanwhile); the rest of the "
                        + "writing and the commit took {} ms",
                table.name(),
                id,
                check.rows(),
                (validated - started) / 1_000_000,
                check.invalidRows(),
                (System.nanoTime() - validated) / 1_000_000);
        run.afterCommit(written, status -> records.status(table, id, status));
        return new Ending("DONE", null);
    }

    /**
     * Reads the sheet on a thread of its own while this one checks, and hands the valid rows to the writer every
     * {@value #HAND_EVERY} rows: on two cores, parsing the XML, checking rows and the database's inserts overlap. Once
     * a row is invalid and only a clean sheet may be imported, nothing more is handed (the writer will be abandoned);
     * the check goes on to report every problem.
     */
    private <V, R> SheetCheck<V> validate(
            ImportTable table, Long id, ImportRecords.Start job, SheetCheck<V> check, ChunkWriter<V, R> writer) {
        SheetPipe pipe = new SheetPipe(
                files.pathOf(files.find(job.fileId()).orElseThrow()), check.width(), table.name() + "-reader-" + id);
        try {
            for (SheetReader.Line line = pipe.next(); line != null; line = pipe.next()) {
                check.accept(line);
                if (check.rows() % HAND_EVERY == 0) {
                    records.progress(table, id, check.rows());
                    hand(check, job.validOnly(), writer);
                }
            }
        } finally {
            pipe.close();
        }
        check.finish();
        hand(check, job.validOnly(), writer);
        return check;
    }

    private static <V, R> void hand(SheetCheck<V> check, boolean validOnly, ChunkWriter<V, R> writer) {
        List<V> rows = check.takeValid();
        if (validOnly || check.invalidRows() == 0) {
            writer.write(rows);
        }
    }
}
