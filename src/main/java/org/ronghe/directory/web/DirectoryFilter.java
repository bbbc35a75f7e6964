package org.ronghe.directory.web;

import java.util.Optional;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.directory.OrganisationQuery;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/**
 * The directory's search parameters as the page and the API take them from the query string.
 *
 * @param body only members of this body…
 * @param status …in this membership status (any status when empty)
 */
record DirectoryFilter(
        String q,
        OrganisationType type,
        SchoolLevel level,
        String region,
        String industry,
        Long body,
        String status,
        OrganisationQuery.Sort sort) {

    OrganisationQuery toQuery(Optional<MembershipLookup> memberships) {
        var ids = body == null
                ? null
                : memberships
                        .map(m -> m.organisationIds(body, blankToNull(status)))
                        .orElse(null);
        return new OrganisationQuery(
                q, type, level, region, industry, ids, sort == null ? OrganisationQuery.Sort.RELEVANCE : sort);
    }

    String text() {
        return q == null ? "" : q;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
