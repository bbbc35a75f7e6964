package org.ronghe.docking.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.directory.Directory;
import org.ronghe.docking.dockings.Docking;
import org.ronghe.docking.dockings.DockingAccess;
import org.ronghe.docking.dockings.DockingSide;
import org.ronghe.docking.dockings.DockingStatus;
import org.ronghe.docking.dockings.DockingStep;
import org.ronghe.docking.dockings.Dockings;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What a docking's page and its API twin show: the two sides named, their contacts only once the docking is accepted,
 * the history, the agreement drafted from it with its status, and the sides the caller acts for.
 */
@Component
class DockingViews {

    private static final int LIST_MAX = 200;

    private final Dockings dockings;
    private final DockingAccess access;
    private final Directory directory;
    private final AgreementLookup agreements;
    private final Permissions permissions;

    DockingViews(
            Dockings dockings,
            DockingAccess access,
            Directory directory,
            AgreementLookup agreements,
            Permissions permissions) {
        this.dockings = dockings;
        this.access = access;
        this.directory = directory;
        this.agreements = agreements;
        this.permissions = permissions;
    }

    /** One docking as its page shows it. */
    record DockingView(
            Long id,
            long version,
            String title,
            DockingStatus status,
            String reason,
            String message,
            Long demandId,
            Long capabilityId,
            Long needOrganisationId,
            String needOrganisationName,
            String needContact,
            Long offerOrganisationId,
            String offerOrganisationName,
            String offerContact,
            DockingSide proposedBy,
            List<DockingSide> waitingFor,
            Long agreementId,
            String agreementStatus,
            Instant proposedAt,
            Set<DockingSide> mySides,
            List<DockingStep> history) {}

    /** One row of the list. */
    record DockingRow(
            Long id,
            String title,
            DockingStatus status,
            String needOrganisationName,
            String offerOrganisationName,
            List<DockingSide> waitingFor,
            Long agreementId,
            Instant proposedAt) {}

    DockingView of(Docking d) {
        boolean disclosed = d.status() == DockingStatus.ACCEPTED;
        return new DockingView(
                d.id(),
                d.version(),
                d.title(),
                d.status(),
                d.reason(),
                d.message(),
                d.demandId(),
                d.capabilityId(),
                d.needOrganisationId(),
                directory.nameOf(d.needOrganisationId()),
                disclosed ? directory.get(d.needOrganisationId()).contact() : null,
                d.offerOrganisationId(),
                directory.nameOf(d.offerOrganisationId()),
                disclosed ? directory.get(d.offerOrganisationId()).contact() : null,
                d.proposedBy(),
                d.waitingFor(),
                d.agreementId(),
                d.agreementId() == null
                        ? null
                        : agreements.status(d.agreementId()).map(Enum::name).orElse(null),
                d.proposedAt(),
                access.sides(d),
                d.history());
    }

    /** The caller's dockings: their organisations' (either side) and their bodies'; all for platform admins. */
    List<DockingRow> mine() {
        List<Docking> found = permissions.isPlatformAdmin()
                ? dockings.findNewest(PageRequest.of(0, LIST_MAX))
                : dockings.findConcerning(
                        orNone(permissions.organisationsAs(Role.ORGANISATION_ADMIN)),
                        orNone(permissions.bodiesAs(Role.SECRETARIAT, Role.OBSERVER)),
                        PageRequest.of(0, LIST_MAX));
        List<Long> ids = found.stream()
                .flatMap(d -> java.util.stream.Stream.of(d.needOrganisationId(), d.offerOrganisationId()))
                .distinct()
                .toList();
        Map<Long, String> names = directory.names(ids);
        return found.stream()
                .map(d -> new DockingRow(
                        d.id(),
                        d.title(),
                        d.status(),
                        names.get(d.needOrganisationId()),
                        names.get(d.offerOrganisationId()),
                        d.waitingFor(),
                        d.agreementId(),
                        d.proposedAt()))
                .toList();
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
