package org.ronghe.docking.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Industry;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.dockings.Dockings;
import org.ronghe.docking.matching.MatchFilter;
import org.ronghe.docking.matching.Ranking;
import org.ronghe.identity.Permissions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What one need's page shows to the caller: the need (if they may see it), its organisation and body, whether they may
 * change it, and — signed in — the ten capabilities that match it best.
 */
@Component
class DemandViews {

    private final DemandAccess access;
    private final Directory directory;
    private final Community community;
    private final MatchViews matches;
    private final Dockings dockings;

    DemandViews(DemandAccess access, Directory directory, Community community, MatchViews matches, Dockings dockings) {
        this.access = access;
        this.directory = directory;
        this.community = community;
        this.matches = matches;
        this.dockings = dockings;
    }

    void addTo(Long id, Model model) {
        Demand need = access.visible(id);
        model.addAttribute("need", need);
        model.addAttribute("terms", need.draft());
        model.addAttribute("organisationName", directory.nameOf(need.organisationId()));
        model.addAttribute("body", need.bodyId() == null ? null : community.get(need.bodyId()));
        model.addAttribute("industryName", industryName(need));
        model.addAttribute(
                "budget", budget(need.draft().budgetMin(), need.draft().budgetMax()));
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute(
                "dockings", access.canEdit(id) ? dockings.findByDemandIdOrderByProposedAtDesc(id) : List.of());
        model.addAttribute(
                "matches",
                Permissions.currentUser().isPresent()
                        ? matches.forDemand(need, MatchFilter.NONE, Ranking.HYBRID, 10)
                        : List.of());
    }

    /** The industry's code and name in the reader's language ({@code C32 有色金属冶炼和压延加工业}). */
    static String industryName(String section, String division) {
        if (section == null) {
            return null;
        }
        String code = division == null ? section : division;
        Locale locale = LocaleContextHolder.getLocale();
        return Industry.all().stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .map(e -> section + (division == null ? "" : division) + " " + e.nameIn(locale))
                .orElse(section + (division == null ? "" : division));
    }

    /** {@code 50,000.00 – 200,000.00}, an open end as …; null without a budget. */
    static String budget(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return null;
        }
        return amount(min) + " – " + amount(max);
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "…" : String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String industryName(Demand need) {
        return industryName(need.industrySection(), need.industryDivision());
    }
}
