package org.ronghe.community.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ronghe.community.BulkAdmissions;
import org.ronghe.community.BulkAdmissions.Admission;
import org.ronghe.community.BulkAdmissions.Outcome;
import org.ronghe.community.roster.RosterValidation.Valid;
import org.ronghe.core.ChunkWriter;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.OrganisationDraft;

/**
 * Writes the valid lines of a roster import: organisations new to the directory, then the body's admissions, chunk by
 * chunk in the one transaction of a {@link ChunkWriter}, so that the writing overlaps with validation.
 */
final class RosterWriter implements ChunkWriter.Work<Valid, RosterWriter.Written> {

    /** What was written: organisations created (their id range, for indexing) and reused, and the admissions. */
    record Written(int created, int reused, Long firstNewId, Long lastNewId, Outcome outcome) {}

    /** Where the lines go: the directory, the body, and what to do in the transaction just before it commits. */
    record Target(
            BulkRegistration directory,
            BulkAdmissions admissions,
            Long bodyId,
            String source,
            String actor,
            Instant at,
            Consumer<Written> beforeCommit) {}

    private final Target target;
    private final BulkRegistration.Batch organisations;
    private final BulkAdmissions.Batch members;
    private int reused;

    RosterWriter(Target target) {
        this.target = target;
        organisations = target.directory().batch(target.source());
        members = target.admissions().batch(target.bodyId(), target.source(), target.actor(), target.at());
    }

    @Override
    public void write(List<Valid> lines) {
        List<OrganisationDraft.Checked> fresh = new ArrayList<>();
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

    @Override
    public Written finish() {
        organisations.finish();
        Written written = new Written(
                organisations.count(), reused, organisations.firstId(), organisations.lastId(), members.outcome());
        target.beforeCommit().accept(written);
        return written;
    }
}
