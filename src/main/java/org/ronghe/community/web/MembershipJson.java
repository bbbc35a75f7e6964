package org.ronghe.community.web;

import java.time.LocalDate;
import java.util.List;
import org.ronghe.community.Membership;
import org.ronghe.community.MembershipStep;
import org.ronghe.directory.OrganisationSummary;

/** A membership as the API and pages show it: the organisation, status, version and whole history. */
record MembershipJson(
        Long bodyId,
        OrganisationSummary organisation,
        Membership.Status status,
        LocalDate joinedOn,
        long version,
        List<MembershipStep> history) {

    static MembershipJson of(Membership m, OrganisationSummary organisation) {
        return new MembershipJson(m.bodyId(), organisation, m.status(), m.joinedOn(), m.version(), m.history());
    }

    /** The latest step, e.g. the application with its message while pending. */
    public MembershipStep latest() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
