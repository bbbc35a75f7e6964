package org.ronghe.docking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.Capabilities;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.majors.MajorDemand;
import org.ronghe.talent.needs.NeedList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Majors against demand (专业与产业匹配度) as a page (table, chart, and the majors and needs behind a row) and as JSON. */
@Controller
@Tag(name = "Majors against demand", description = "专业与产业匹配度: majors' places against talent needs")
class MajorPages {

    private final MajorDemand demand;
    private final Community community;
    private final Capabilities capabilities;
    private final NeedList needs;
    private final Directory directory;

    MajorPages(
            MajorDemand demand, Community community, Capabilities capabilities, NeedList needs, Directory directory) {
        this.demand = demand;
        this.community = community;
        this.capabilities = capabilities;
        this.needs = needs;
        this.directory = directory;
    }

    @GetMapping("/api/v1/majors/demand")
    @ResponseBody
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Per major: places planned by schools against the headcount open talent needs ask, for a body "
                    + "(its members) or a region (a province takes in its cities)")
    MajorDemand.Report report(
            @RequestParam(required = false) Long bodyId, @RequestParam(required = false) String region) {
        return demand.of(bodyId, region);
    }

    @GetMapping("/docking/majors")
    @PreAuthorize("isAuthenticated()")
    String page(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String major,
            Model model) {
        MajorDemand.Report report = demand.of(bodyId, region);
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("region", region);
        model.addAttribute("bodies", community.choosable());
        model.addAttribute("report", report);
        report.rows().stream().filter(r -> r.major().equals(major)).findFirst().ifPresent(row -> {
            model.addAttribute("row", row);
            List<Capability> offered = capabilities.findByIdIn(row.capabilityIds());
            model.addAttribute("majors", offered);
            model.addAttribute(
                    "owners",
                    directory.names(offered.stream()
                            .map(Capability::organisationId)
                            .distinct()
                            .toList()));
            model.addAttribute("needs", needs.byIds(row.needIds()));
        });
        model.addAttribute("industryNames", industryNames(report));
        return "docking/majors";
    }

    private static Map<String, String> industryNames(MajorDemand.Report report) {
        Map<String, String> names = new java.util.HashMap<>();
        report.rows()
                .forEach(r -> r.headcountByIndustry().keySet().stream()
                        .filter(k -> !k.isEmpty())
                        .forEach(k -> names.computeIfAbsent(k, s -> DemandViews.industryName(s, null))));
        return names;
    }
}
