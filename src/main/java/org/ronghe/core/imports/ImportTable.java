package org.ronghe.core.imports;

import org.ronghe.core.jobs.JobTable;

/**
 * Where one kind of import keeps its jobs. The job table has, besides what {@link JobTable} names, the columns
 * {@code valid_only}, {@code rows_read}, {@code invalid_rows}, {@code problem_count} and {@code validated_at}; the
 * problem table {@code import_id}, {@code position}, {@code row_number}, {@code col}, {@code value}, {@code code} and
 * {@code arguments}.
 *
 * @param jobs the job table as the background jobs know it
 * @param problems the table of the problems found in each job's sheet
 * @param failureCode the note of a job that failed unexpectedly
 * @param notRejectedCode the rule broken when the valid rows of a job that was not rejected are asked for
 */
public record ImportTable(JobTable jobs, String problems, String failureCode, String notRejectedCode) {

    public String name() {
        return jobs.name();
    }
}
