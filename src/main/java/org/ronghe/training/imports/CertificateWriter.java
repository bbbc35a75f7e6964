package org.ronghe.training.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ronghe.core.BulkCopy;
import org.ronghe.core.ChunkWriter;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.CertificateDraft;
import org.ronghe.training.figures.CertificateFigureRow;
import org.ronghe.training.figures.TrainingFigures;

/**
 * Copies the valid certificates of a sheet chunk by chunk ({@code COPY}); those earned through an enrolment count in
 * its body: their figure rows are summed and added once, just before the commit. The unique number still guards a
 * certificate recorded on a page meanwhile (the import then fails with nothing written).
 */
final class CertificateWriter implements ChunkWriter.Work<CertificateCheck.Valid, CertificateWriter.Written> {

    /** What the import amounts to: certificates recorded, of which counted in a body. */
    record Written(int certificates, int counted) {}

    private static final List<String> COLUMNS = List.of(
            "id",
            "number",
            "kind",
            "level",
            "occupation",
            "occupation_code",
            "issuer_id",
            "issued_on",
            "holder_kind",
            "holder_organisation_id",
            "holder_name_sealed",
            "holder_name_masked",
            "holder_id_sealed",
            "holder_id_fingerprint",
            "holder_id_masked",
            "enrolment_id",
            "body_id",
            "recorded_at",
            "recorded_by");

    private final BulkCopy copy;
    private final TrainingFigures figures;
    private final String actor;
    private final Timestamp at;
    private final Map<String, CertificateFigureRow> counted = new TreeMap<>();
    private int written;
    private int inBodies;

    CertificateWriter(BulkCopy copy, TrainingFigures figures, String actor, Instant at) {
        this.copy = copy;
        this.figures = figures;
        this.actor = actor;
        this.at = Timestamp.from(at);
    }

    @Override
    public void write(List<CertificateCheck.Valid> chunk) {
        List<Long> ids = copy.nextIds("certificates", chunk.size());
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            CertificateCheck.Valid v = chunk.get(i);
            CertificateDraft c = v.certificate();
            Certificate.Holder h = v.holder();
            Long bodyId = v.earned() == null ? null : v.earned().bodyId();
            rows.add(new Object[] {
                ids.get(i),
                c.number(),
                c.kind().name(),
                c.level(),
                c.occupation(),
                c.occupationCode(),
                c.issuerOrganisationId(),
                c.issuedOn(),
                c.holderKind().name(),
                c.holderOrganisationId(),
                h.nameSealed(),
                h.nameMasked(),
                h.idSealed(),
                h.idFingerprint(),
                h.idMasked(),
                v.earned() == null ? null : v.earned().enrolmentId(),
                bodyId,
                at,
                actor
            });
            if (bodyId != null) {
                inBodies++;
                CertificateFigureRow.of(
                                bodyId,
                                c.issuedOn(),
                                c.issuerOrganisationId(),
                                c.holderOrganisationId(),
                                c.kind().name(),
                                c.level())
                        .forEach(this::add);
            }
        }
        copy.copy("certificates", COLUMNS, rows);
        written += chunk.size();
    }

    @Override
    public Written finish() {
        figures.recorded(List.copyOf(counted.values()));
        return new Written(written, inBodies);
    }

    private void add(CertificateFigureRow r) {
        counted.merge(
                r.bodyId() + "|" + r.month() + "|" + r.side() + "|" + r.organisationId() + "|" + r.kind() + "|"
                        + r.level(),
                r,
                (a, b) -> new CertificateFigureRow(
                        a.bodyId(),
                        a.month(),
                        a.side(),
                        a.organisationId(),
                        a.kind(),
                        a.level(),
                        a.certificates() + b.certificates()));
    }
}
