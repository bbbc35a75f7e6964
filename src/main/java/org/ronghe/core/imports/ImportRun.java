package org.ronghe.core.imports;

import java.util.function.Consumer;
import org.ronghe.core.ChunkWriter;

/**
 * What one import job needs from the module that owns its rows: the check of its lines and the writer of its valid
 * rows. Everything else (statuses, progress, the problem report, the transaction, failures) is the engine's.
 *
 * @param <V> a valid row
 * @param <R> what the writing amounts to
 */
public interface ImportRun<V, R> {

    /** A fresh check of the sheet's lines. */
    SheetCheck<V> check();

    /**
     * The writer of valid rows, created inside the import's transaction; its {@code finish} runs just before commit.
     */
    ChunkWriter.Work<V, R> writer();

    /**
     * After the commit, before the job is done (e.g. indexing the new rows); {@code status} shows a step of its own.
     */
    default void afterCommit(R written, Consumer<String> status) {}
}
