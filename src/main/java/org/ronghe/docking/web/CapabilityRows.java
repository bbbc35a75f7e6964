package org.ronghe.docking.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.capabilities.CapabilityAccess;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.matching.Listing;
import org.ronghe.docking.matching.MatchFilter;
import org.springframework.stereotype.Component;

/** The catalogue as the page and the API list it: owners named, experts' names as the caller may see them. */
@Component
class CapabilityRows {

    private final Listing listing;
    private final CapabilityBook book;
    private final CapabilityAccess access;
    private final Directory directory;

    CapabilityRows(Listing listing, CapabilityBook book, CapabilityAccess access, Directory directory) {
        this.listing = listing;
        this.book = book;
        this.access = access;
        this.directory = directory;
    }

    /** One row of the list. */
    record CapabilityRow(
            Long id,
            Long organisationId,
            String organisationName,
            String kind,
            String title,
            String expertName,
            String regionCode,
            boolean withdrawn,
            boolean sample,
            Instant createdAt) {}

    /** The filters of the list; kinds and owner types may also be comma-separated. */
    record Filter(
            String q,
            List<String> kind,
            String industry,
            String region,
            Long bodyId,
            Long organisationId,
            List<String> ownerType,
            Boolean withdrawn) {

        MatchFilter match() {
            return new MatchFilter(
                    MatchFilter.names(kind), industry, region, bodyId, organisationId, MatchFilter.names(ownerType));
        }
    }

    PageResult<CapabilityRow> find(Filter filter, int page, int size) {
        PageResult<Capability> found =
                listing.capabilities(filter.q(), filter.match(), Boolean.TRUE.equals(filter.withdrawn()), page, size);
        Map<Long, String> names = names(found.items());
        return found.map(c -> row(c, names, expertName(c)));
    }

    /**
     * Every row of the list (at most {@value Listing#EXPORT_MAX}), for an export: experts' names masked whoever asks,
     * so that an export carries no personal data.
     */
    List<CapabilityRow> all(Filter filter) {
        List<Capability> found =
                listing.allCapabilities(filter.q(), filter.match(), Boolean.TRUE.equals(filter.withdrawn()));
        Map<Long, String> names = names(found);
        return found.stream().map(c -> row(c, names, c.expertNameMasked())).toList();
    }

    private Map<Long, String> names(List<Capability> capabilities) {
        return directory.names(
                capabilities.stream().map(Capability::organisationId).toList());
    }

    private static CapabilityRow row(Capability c, Map<Long, String> names, String expertName) {
        return new CapabilityRow(
                c.id(),
                c.organisationId(),
                names.get(c.organisationId()),
                c.kind().name(),
                c.title(),
                expertName,
                c.regionCode(),
                c.withdrawn(),
                c.sample(),
                c.createdAt());
    }

    /** The expert's name in full with consent or for the organisation's admins, masked otherwise. */
    String expertName(Capability c) {
        if (c.expertNameMasked() == null) {
            return null;
        }
        return access.canSeeExpertName(c) ? book.expertName(c) : c.expertNameMasked();
    }
}
