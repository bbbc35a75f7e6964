package org.ronghe.docking.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.demands.DemandStatus;
import org.ronghe.docking.matching.Listing;
import org.ronghe.docking.matching.MatchFilter;
import org.springframework.stereotype.Component;

/** The list of needs as the page and the API show it: the caller's view, owners named. */
@Component
class DemandRows {

    private final Listing listing;
    private final DemandAccess access;
    private final Directory directory;

    DemandRows(Listing listing, DemandAccess access, Directory directory) {
        this.listing = listing;
        this.access = access;
        this.directory = directory;
    }

    /** One row of the list. */
    record DemandRow(
            Long id,
            Long bodyId,
            Long organisationId,
            String organisationName,
            String kind,
            String title,
            String regionCode,
            DemandStatus status,
            boolean sample,
            Instant createdAt) {}

    /** The filters of the list; lists of kinds and statuses may also be comma-separated. */
    record Filter(
            String q,
            List<String> kind,
            List<String> status,
            String industry,
            String region,
            Long bodyId,
            Long organisationId) {

        MatchFilter match() {
            return new MatchFilter(MatchFilter.names(kind), industry, region, bodyId, organisationId, Set.of());
        }
    }

    PageResult<DemandRow> find(Filter filter, int page, int size) {
        PageResult<Demand> found = listing.demands(
                filter.q(), filter.match(), MatchFilter.names(filter.status()), access.audience(), page, size);
        Map<Long, String> names = names(found.items());
        return found.map(d -> row(d, names));
    }

    /** Every row of the list as the caller may see it (at most {@value Listing#EXPORT_MAX}), for an export. */
    List<DemandRow> all(Filter filter) {
        List<Demand> found =
                listing.allDemands(filter.q(), filter.match(), MatchFilter.names(filter.status()), access.audience());
        Map<Long, String> names = names(found);
        return found.stream().map(d -> row(d, names)).toList();
    }

    private Map<Long, String> names(List<Demand> demands) {
        return directory.names(demands.stream().map(Demand::organisationId).toList());
    }

    private static DemandRow row(Demand d, Map<Long, String> names) {
        return new DemandRow(
                d.id(),
                d.bodyId(),
                d.organisationId(),
                names.get(d.organisationId()),
                d.kind().name(),
                d.title(),
                d.regionCode(),
                d.status(),
                d.sample(),
                d.createdAt());
    }
}
