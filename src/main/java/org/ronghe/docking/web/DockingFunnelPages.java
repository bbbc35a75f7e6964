package org.ronghe.docking.web;

import java.util.HashMap;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.docking.dockings.DockingFunnel;
import org.ronghe.docking.dockings.DockingFunnel.Stage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A body's docking funnel as a page: the figures, a chart, per kind and industry, and the needs behind a figure. */
@Controller
class DockingFunnelPages {

    private final DockingFunnelViews views;
    private final Community community;

    DockingFunnelPages(DockingFunnelViews views, Community community) {
        this.views = views;
        this.community = community;
    }

    @GetMapping("/docking/funnel")
    @PreAuthorize("@dockingAccess.canReadFunnel(#bodyId)")
    String page(
            @RequestParam Long bodyId,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String industry,
            Model model) {
        model.addAttribute("body", community.get(bodyId));
        DockingFunnel.Figures figures = views.figures(bodyId);
        model.addAttribute("figures", figures);
        Map<String, String> industries = new HashMap<>();
        figures.byIndustry().stream()
                .filter(p -> p.key() != null)
                .forEach(p -> industries.put(p.key(), DemandViews.industryName(p.key(), null)));
        model.addAttribute("industryNames", industries);
        model.addAttribute("stages", Stage.values());
        if (stage != null) {
            model.addAttribute("stage", stage);
            model.addAttribute("kind", kind);
            model.addAttribute("industry", industry);
            model.addAttribute("industryName", DemandViews.industryName("-".equals(industry) ? null : industry, null));
            model.addAttribute("lines", views.needs(bodyId, stage, kind, industry));
        }
        return "docking/funnel";
    }
}
