package org.ronghe.community.web;

import java.util.List;
import java.util.Map;
import org.ronghe.community.Admissions;
import org.ronghe.community.Membership;
import org.ronghe.core.ChineseCollation;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.springframework.stereotype.Component;

/** Memberships joined with their organisations' names, for the API and the pages. */
@Component
class MembershipViews {

    private final Admissions admissions;
    private final Directory directory;

    MembershipViews(Admissions admissions, Directory directory) {
        this.admissions = admissions;
        this.directory = directory;
    }

    /** A body's memberships in the statuses given (all when none), in Chinese collation order of names. */
    List<MembershipJson> of(Long bodyId, List<Membership.Status> statuses) {
        return join(admissions.of(bodyId, statuses));
    }

    MembershipJson one(Long bodyId, Long organisationId) {
        return join(List.of(admissions.get(bodyId, organisationId))).get(0);
    }

    MembershipJson one(Membership membership) {
        return join(List.of(membership)).get(0);
    }

    private List<MembershipJson> join(List<Membership> memberships) {
        Map<Long, OrganisationSummary> orgs = directory.summaries(
                memberships.stream().map(Membership::organisationId).toList());
        return memberships.stream()
                .filter(m -> orgs.containsKey(m.organisationId()))
                .map(m -> MembershipJson.of(m, orgs.get(m.organisationId())))
                .sorted(ChineseCollation.comparing(
                        (MembershipJson j) -> j.organisation().name()))
                .toList();
    }
}
