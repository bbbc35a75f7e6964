package org.ronghe.agreement.web;

import java.util.List;
import org.ronghe.agreement.AgreementStatus;
import org.ronghe.agreement.BodyDashboard;
import org.ronghe.agreement.ObligationList;
import org.ronghe.community.Community;
import org.ronghe.core.PageResult;
import org.ronghe.core.web.DashboardSection;
import org.ronghe.directory.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A body's dashboard (its agreements, and the sections other modules add: {@link DashboardSection}), and the
 * obligations behind its numbers (the same as JSON: {@link DashboardApi}).
 */
@Controller
class DashboardPages {

    private final BodyDashboard dashboard;
    private final ObligationList obligations;
    private final Community community;
    private final Directory directory;
    private final List<DashboardSection> sections;

    DashboardPages(
            BodyDashboard dashboard,
            ObligationList obligations,
            Community community,
            Directory directory,
            List<DashboardSection> sections) {
        this.dashboard = dashboard;
        this.obligations = obligations;
        this.community = community;
        this.directory = directory;
        this.sections = sections;
    }

    @GetMapping("/agreements/dashboard")
    @PreAuthorize("@agreementAccess.canReadBody(#bodyId)")
    String dashboard(@RequestParam Long bodyId, Model model) {
        BodyDashboard.Figures figures = dashboard.of(bodyId);
        model.addAttribute("figures", figures);
        model.addAttribute("body", community.get(bodyId));
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute(
                "partyNames",
                directory.names(figures.overdue().stream().map(d -> d.partyId()).toList()));
        model.addAttribute(
                "sections",
                sections.stream().flatMap(s -> s.panel(bodyId).stream()).toList());
        return "agreements/dashboard";
    }

    @GetMapping("/agreements/obligations")
    @PreAuthorize("@agreementAccess.canReadBody(#bodyId)")
    String obligations(
            @RequestParam Long bodyId,
            @RequestParam ObligationList.Show show,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageResult<ObligationList.Line> lines = obligations.of(bodyId, show, page, 20);
        model.addAttribute("lines", lines);
        model.addAttribute("show", show);
        model.addAttribute("body", community.get(bodyId));
        model.addAttribute(
                "partyNames",
                directory.names(
                        lines.items().stream().map(ObligationList.Line::partyId).toList()));
        return "agreements/obligations";
    }
}
