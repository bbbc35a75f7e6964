package org.ronghe.core;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes chunks of an import in one transaction, on a thread of its own, while the caller goes on reading and checking
 * the sheet: on two cores the database's inserts overlap with validation (ADR 0008). The transaction commits only when
 * told to ({@link #commit()}); it rolls back when abandoned or on any failure, so an import that ends rejected or
 * failed leaves nothing behind.
 *
 * @param <T> what a chunk holds
 * @param <R> what the writing amounts to, given back on commit
 */
public final class ChunkWriter<T, R> {

    /** The writing itself, created inside the transaction: chunk after chunk, then what it amounts to. */
    public interface Work<T, R> {

        void write(List<T> chunk);

        /** Called in the transaction just before it commits. */
        R finish();
    }

    private static final Object COMMIT = new Object();
    private static final Object ABANDON = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final CompletableFuture<R> done = new CompletableFuture<>();
    private final Thread thread;

    public ChunkWriter(TransactionTemplate transaction, Supplier<Work<T, R>> work, String threadName) {
        thread = new Thread(() -> run(transaction, work), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a chunk to be written; waits while the writer is behind. */
    public void write(List<T> chunk) {
        if (!chunk.isEmpty()) {
            hand(chunk);
        }
    }

    /** Writes what is queued, commits and says what was written. */
    public R commit() {
        hand(COMMIT);
        return result();
    }

    /** Rolls back everything written so far; does nothing once committed or failed. */
    public void abandon() {
        if (!done.isDone()) {
            hand(ABANDON);
        }
        try {
            done.join();
        } catch (CompletionException e) {
            // the transaction rolled back: what abandoning asks for
        }
    }

    private void run(TransactionTemplate transaction, Supplier<Work<T, R>> supplier) {
        try {
            done.complete(transaction.execute(status -> {
                Work<T, R> work = supplier.get();
                for (Object item = take(); item != COMMIT; item = take()) {
                    if (item == ABANDON) {
                        status.setRollbackOnly();
                        return null;
                    }
                    @SuppressWarnings("unchecked")
                    List<T> chunk = (List<T>) item;
                    work.write(chunk);
                }
                return work.finish();
            }));
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("chunk writer interrupted", e);
        }
    }

    private void hand(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (done.isDone()) {
                    result();
                    throw new IllegalStateException("chunk writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new IllegalStateException("interrupted while handing a chunk to the writer", e);
        }
    }

    /** The writer's outcome, its own exception rethrown as it was. */
    private R result() {
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
