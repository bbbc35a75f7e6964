package org.ronghe.evaluation.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ronghe.community.BodyPlace;
import org.ronghe.community.Community;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Organisation;
import org.ronghe.directory.OrganisationType;
import org.ronghe.evaluation.cycles.EvaluationAccess;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Which bodies a viewer sees side by side: a platform admin all; anyone else the bodies whose evaluations they read,
 * the bodies on whose guiding committee an organisation they administer sits, and — for the admins of a government
 * department with a region (an education bureau, a provincial department) — every body in that region.
 */
@Component
class OverviewScope {

    private final Permissions permissions;
    private final EvaluationAccess access;
    private final Community community;
    private final Directory directory;

    OverviewScope(Permissions permissions, EvaluationAccess access, Community community, Directory directory) {
        this.permissions = permissions;
        this.access = access;
        this.community = community;
        this.directory = directory;
    }

    /** The bodies in view, narrowed to a region (and the places under it) or to those the viewer guides. */
    List<BodyPlace> visible(RegionCode region, boolean guided) {
        List<Long> administered = permissions.administeredOrganisations();
        if (guided) {
            return within(community.placesGuidedBy(administered), region);
        }
        if (permissions.isPlatformAdmin()) {
            return region == null ? community.allPlaces() : community.placesWithin(region.placesWithin());
        }
        Map<Long, BodyPlace> seen = new LinkedHashMap<>();
        community.places(access.readableBodies()).forEach(b -> seen.put(b.id(), b));
        community.placesGuidedBy(administered).forEach(b -> seen.put(b.id(), b));
        for (String pattern : departmentRegions(administered)) {
            community.placesWithin(pattern).forEach(b -> seen.put(b.id(), b));
        }
        return within(new ArrayList<>(seen.values()), region);
    }

    /** Of these bodies, those whose evaluations the viewer may open. */
    Set<Long> readable(Collection<Long> bodyIds) {
        return bodyIds.stream().filter(access::canReadBody).collect(Collectors.toSet());
    }

    private List<String> departmentRegions(List<Long> administered) {
        return administered.stream()
                .map(directory::get)
                .filter(o -> o.type() == OrganisationType.GOVERNMENT_DEPARTMENT)
                .map(Organisation::region)
                .flatMap(java.util.Optional::stream)
                .map(RegionCode::placesWithin)
                .toList();
    }

    private static List<BodyPlace> within(List<BodyPlace> places, RegionCode region) {
        if (region == null) {
            return places;
        }
        String prefix = region.placesWithin().replace("%", "");
        return places.stream()
                .filter(b -> b.regionCode() != null && b.regionCode().startsWith(prefix))
                .toList();
    }
}
