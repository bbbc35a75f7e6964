package org.ronghe.docking.web;

import java.util.List;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.capabilities.CapabilityAccess;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.Ranking;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What one capability's page shows: the item, its owner, an expert's name as the caller may see it, whether they may
 * change it, and — signed in — the ten needs they may see that match it best.
 */
@Component
class CapabilityViews {

    private final CapabilityBook book;
    private final CapabilityAccess access;
    private final CapabilityRows rows;
    private final Directory directory;
    private final MatchViews matches;

    CapabilityViews(
            CapabilityBook book,
            CapabilityAccess access,
            CapabilityRows rows,
            Directory directory,
            MatchViews matches) {
        this.book = book;
        this.access = access;
        this.rows = rows;
        this.directory = directory;
        this.matches = matches;
    }

    void addTo(Long id, Model model) {
        Capability capability = book.get(id);
        model.addAttribute("capability", capability);
        model.addAttribute("terms", capability.draft());
        model.addAttribute("expertName", rows.expertName(capability));
        model.addAttribute("organisationName", directory.nameOf(capability.organisationId()));
        model.addAttribute(
                "industryName", DemandViews.industryName(capability.industrySection(), capability.industryDivision()));
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute(
                "matches",
                Permissions.currentUser().isPresent() && !capability.withdrawn()
                        ? matches.forCapability(capability, MatchFilter.NONE, Ranking.HYBRID, 10)
                        : List.of());
    }
}
