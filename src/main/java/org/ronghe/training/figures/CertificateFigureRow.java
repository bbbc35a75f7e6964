package org.ronghe.training.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One certificate's share of the certificate figures: in a body and month, for one side ({@code BODY} with organisation
 * 0, {@code ISSUER}, {@code HOLDER}), by kind and level ({@code ''} for kinds without levels).
 */
public record CertificateFigureRow(
        Long bodyId, LocalDate month, String side, Long organisationId, String kind, String level, long certificates) {

    public static List<CertificateFigureRow> of(
            Long bodyId, LocalDate issuedOn, Long issuerId, Long holderOrganisationId, String kind, String level) {
        LocalDate month = issuedOn.withDayOfMonth(1);
        String lvl = level == null ? "" : level;
        List<CertificateFigureRow> rows = new ArrayList<>();
        rows.add(new CertificateFigureRow(bodyId, month, "BODY", 0L, kind, lvl, 1));
        rows.add(new CertificateFigureRow(bodyId, month, "ISSUER", issuerId, kind, lvl, 1));
        if (holderOrganisationId != null) {
            rows.add(new CertificateFigureRow(bodyId, month, "HOLDER", holderOrganisationId, kind, lvl, 1));
        }
        return rows;
    }
}
