package org.ronghe.community.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ronghe.community.BulkAdmissions;
import org.ronghe.community.BulkAdmissions.Admission;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.roster.RosterValidation.Valid;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.OrganisationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the valid lines of a roster import in one transaction, on a thread of its own, while the job's thread
 * goes on reading and checking the sheet: on two cores the database's inserts overlap with validation. The
 * transaction commits only when told to ({@link #commit()}); it rolls back when abandoned or on any failure, so
 * an import that ends rejected or failed leaves nothing behind.
 */
final class RosterWriter {

    private static final Object COMMIT = new Object();
    private static final Object ABANDON = new Object();

    /** What was written: organisations created (their id range, for indexing) and reused, and the admissions. */
    record Written(int created, int reused, Long firstNewId, Long lastNewId, Outcome outcome) {
    }

    /** Where the lines go: the directory, the body, and what to do in the transaction just before it commits. */
    record Target(BulkRegistration directory, BulkAdmissions admissions, Long bodyId, String source, String actor,
                  Instant at, Consumer<Written> beforeCommit) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final CompletableFuture<Written> done = new CompletableFuture<>();
    private final Thread thread;

    RosterWriter(TransactionTemplate transaction, Target target, String threadName) {
        thread = new Thread(() -> run(transaction, target), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues valid lines to be written; waits while the writer is behind. */
    void write(List<Valid> lines) {
        if (!lines.isEmpty()) {
            hand(lines);
        }
    }

    /** Writes what is queued, commits and says what was written. */
    Written commit() {
        hand(COMMIT);
        return result();
    }

    /** Rolls back everything written so far; does nothing once committed or failed. */
    void abandon() {
        if (!done.isDone()) {
            hand(ABANDON);
        }
        try {
            done.join();
        } catch (CompletionException e) {
            // the transaction rolled back: what abandoning asks for
        }
    }

    private void run(TransactionTemplate transaction, Target target) {
        try {
            done.complete(transaction.execute(status -> {
                Batch batch = new Batch(target);
                for (Object item = take(); item != COMMIT; item = take()) {
                    if (item == ABANDON) {
                        status.setRollbackOnly();
                        return null;
                    }
                    @SuppressWarnings("unchecked")
                    List<Valid> lines = (List<Valid>) item;
                    batch.write(lines);
                }
                Written written = batch.finish();
                target.beforeCommit().accept(written);
                return written;
            }));
        } catch (RuntimeException | Error e) {
            done.completeExceptionally(e);
        }
    }

    /** The directory's and the body's batches of one transaction. */
    private static final class Batch {

        private final BulkRegistration.Batch organisations;
        private final BulkAdmissions.Batch members;
        private int reused;

        Batch(Target target) {
            organisations = target.directory().batch(target.source());
            members = target.admissions().batch(target.bodyId(), target.source(), target.actor(), target.at());
        }

        void write(List<Valid> lines) {
            List<OrganisationDetails> fresh = new ArrayList<>();
            for (Valid v : lines) {
                if (v.existingId() == null) {
                    fresh.add(v.details());
                }
            }
            List<Long> ids = organisations.register(fresh);
            List<Admission> admitted = new ArrayList<>(lines.size());
            int next = 0;
            for (Valid v : lines) {
                admitted.add(new Admission(v.existingId() != null ? v.existingId() : ids.get(next++), v.joinedOn()));
            }
            members.admit(admitted);
            reused += lines.size() - fresh.size();
        }

        Written finish() {
            organisations.finish();
            return new Written(organisations.count(), reused, organisations.firstId(), organisations.lastId(),
                    members.outcome());
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("roster writer interrupted", e);
        }
    }

    private void hand(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (done.isDone()) {
                    result();
                    throw new IllegalStateException("roster writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new IllegalStateException("interrupted while handing lines to the roster writer", e);
        }
    }

    /** The writer's outcome, its own exception rethrown as it was. */
    private Written result() {
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
