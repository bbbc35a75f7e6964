package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Permissions;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.PlacementViews;
import org.ronghe.talent.students.StudentAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An employer's page: its interns and hires, for its own admins; an enterprise admin lands on their enterprise. */
@Controller
class EmployerPages {

    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;
    private final StudentAccess access;
    private final Directory directory;
    private final Permissions permissions;

    EmployerPages(
            InternshipBook internships,
            HireBook hires,
            PlacementViews views,
            StudentAccess access,
            Directory directory,
            Permissions permissions) {
        this.internships = internships;
        this.hires = hires;
        this.views = views;
        this.access = access;
        this.directory = directory;
        this.permissions = permissions;
    }

    /** An employer's interns and hires; an enterprise admin lands on their own enterprise. */
    @GetMapping("/talent/employer")
    @PreAuthorize("isAuthenticated()")
    String employer(
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<OrganisationSummary> mine = directory.summaries(permissions.administeredOrganisations()).values().stream()
                .filter(o -> o.type() == OrganisationType.ENTERPRISE)
                .toList();
        Long chosen = enterpriseId != null
                ? enterpriseId
                : mine.stream().findFirst().map(OrganisationSummary::id).orElse(null);
        model.addAttribute("mine", mine);
        if (chosen == null) {
            return "talent/employer";
        }
        if (!access.actsFor(chosen)) {
            throw new AccessDeniedException("employer");
        }
        model.addAttribute("enterpriseName", directory.names(List.of(chosen)).get(chosen));
        PageResult<PlacementViews.InternshipView> interns =
                internships.atEnterprise(chosen, page).map(views::of);
        PageResult<PlacementViews.HireView> offers =
                hires.atEnterprise(chosen, page).map(views::of);
        model.addAttribute("interns", interns.items());
        model.addAttribute("hires", offers.items());
        model.addAttribute("pages", interns.totalPages() > offers.totalPages() ? interns : offers);
        return "talent/employer";
    }
}
