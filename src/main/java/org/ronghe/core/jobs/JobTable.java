package org.ronghe.core.jobs;

import java.util.Set;

/**
 * A table of background jobs, as {@link BackgroundJobs} needs to know it: the table has the columns {@code id},
 * {@code status}, {@code failure_code}, {@code finished_at}, {@code heartbeat_at} and {@code file_id} (the uploaded
 * sheet).
 *
 * @param name the table
 * @param running the statuses of a job that has not ended (queued or at work)
 * @param committed the running statuses after the job's data was committed (indexing it for search): a job interrupted
 *     there is done, with the note {@code import.index-interrupted}, and the search index is repaired
 * @param kept the ended statuses whose sheet is kept for a while (a rejected import may be run again on its valid rows)
 */
public record JobTable(String name, Set<String> running, Set<String> committed, Set<String> kept) {

    /** The note of a job that failed because its node stopped before it committed. */
    public static final String INTERRUPTED = "import.interrupted";
    /** The note of a job whose data was committed but whose node stopped while it was being indexed. */
    public static final String INDEX_INTERRUPTED = "import.index-interrupted";
}
