package org.ronghe.agreement.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementDocument;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.AgreementStatus;
import org.ronghe.agreement.PartyRole;
import org.ronghe.directory.OrganisationSummary;

/** An agreement as the API shows it, parties with their organisations' names. */
record AgreementView(
        Long id,
        String title,
        AgreementKind kind,
        AgreementStatus status,
        Long bodyId,
        Long meetingId,
        LocalDate signedOn,
        String place,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        String terminationReason,
        List<PartyView> parties,
        List<AgreementDocument> documents,
        String createdBy,
        Instant createdAt,
        Instant lastActivityAt,
        long version) {

    record PartyView(
            Long organisationId,
            String organisationName,
            PartyRole role,
            String signatoryTitle,
            BigDecimal committedCash,
            BigDecimal committedInKind,
            org.ronghe.agreement.Signature signature) {}

    static AgreementView of(Agreement a, Map<Long, OrganisationSummary> organisations) {
        return new AgreementView(
                a.id(),
                a.title(),
                a.kind(),
                a.status(),
                a.bodyId().orElse(null),
                a.meetingId().orElse(null),
                a.signedOn().orElse(null),
                a.place(),
                a.termStartsOn().orElse(null),
                a.termEndsOn().orElse(null),
                a.terminationReason().orElse(null),
                a.parties().stream()
                        .map(p -> new PartyView(
                                p.organisationId(),
                                organisations.containsKey(p.organisationId())
                                        ? organisations.get(p.organisationId()).name()
                                        : null,
                                p.role(),
                                p.signatoryTitle(),
                                p.committedCash(),
                                p.committedInKind(),
                                a.signatures().stream()
                                        .filter(g -> g.organisationId().equals(p.organisationId()))
                                        .findFirst()
                                        .orElse(null)))
                        .toList(),
                a.documents(),
                a.createdBy(),
                a.createdAt(),
                a.lastActivityAt(),
                a.version());
    }
}
