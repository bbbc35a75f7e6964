package org.ronghe.research.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.community.Community;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.research.figures.RecordFilter;
import org.ronghe.research.figures.ResearchDashboard;
import org.ronghe.research.figures.ResearchRecords;
import org.ronghe.research.projects.ProjectBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The R&D dashboard of a body (or an organisation as a party), and the records behind each of its figures: every number
 * links to the projects, tranches, outputs or transfers that sum to it.
 */
@Controller
class ResearchDashboardPages {

    private static final String READ = "@projectAccess.canReadFigures(#bodyId, #organisationId)";
    private static final Set<String> RECORDS = Set.of("projects", "tranches", "outputs", "transfers");

    private final ResearchDashboard dashboard;
    private final ResearchRecords records;
    private final ProjectBook book;
    private final Community community;
    private final Directory directory;

    ResearchDashboardPages(
            ResearchDashboard dashboard,
            ResearchRecords records,
            ProjectBook book,
            Community community,
            Directory directory) {
        this.dashboard = dashboard;
        this.records = records;
        this.book = book;
        this.community = community;
        this.directory = directory;
    }

    @GetMapping("/projects/dashboard")
    @PreAuthorize(READ)
    String dashboard(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            Model model) {
        ResearchDashboard.Figures figures =
                bodyId != null ? dashboard.ofBody(bodyId) : dashboard.ofOrganisation(organisationId);
        List<Long> named = new ArrayList<>();
        figures.byParty().forEach(s -> named.add(s.id()));
        figures.outputsByParty().forEach(s -> named.add(s.id()));
        if (organisationId != null) {
            named.add(organisationId);
        }
        List<Long> bodies = new ArrayList<>();
        figures.byBody().forEach(s -> bodies.add(s.id()));
        figures.outputsByBody().forEach(s -> bodies.add(s.id()));
        if (bodyId != null) {
            bodies.add(bodyId);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("names", directory.names(named.stream().distinct().toList()));
        model.addAttribute("bodyNames", bodyNames(bodies));
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("scope", bodyId != null ? "bodyId=" + bodyId : "organisationId=" + organisationId);
        return "research/dashboard";
    }

    @GetMapping("/projects/figures/{what}")
    @PreAuthorize(READ)
    String records(
            @PathVariable String what,
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!RECORDS.contains(what)) {
            throw new org.ronghe.core.NotFound("records", what);
        }
        RecordFilter filter = new RecordFilter(bodyId, organisationId, month, kind);
        PageResult<?> found = switch (what) {
            case "projects" -> records.projects(filter, page, 50);
            case "tranches" -> records.tranches(filter, confirmed, page, 50);
            case "outputs" -> records.outputs(filter, page, 50);
            default -> records.transfers(filter, page, 50);
        };
        model.addAttribute("what", what);
        model.addAttribute("records", found);
        model.addAttribute("filter", filter);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("names", directory.names(organisations(found.items())));
        return "research/records";
    }

    private Map<Long, String> bodyNames(List<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        ids.stream().distinct().forEach(id -> names.put(id, community.get(id).name()));
        return names;
    }

    /** The organisations the records name (parties, payers and payees, owners, the two sides of a transfer). */
    private List<Long> organisations(List<?> items) {
        List<Long> ids = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof org.ronghe.research.projects.Project p) {
                ids.addAll(p.organisationIds());
            } else if (item instanceof org.ronghe.research.projects.Tranche t) {
                ids.add(t.payerId());
                ids.add(t.payeeId());
            } else if (item instanceof org.ronghe.research.projects.Output o) {
                ids.addAll(o.owners());
            } else if (item instanceof org.ronghe.research.transfers.Transfer t) {
                ids.add(t.fromId());
                ids.add(t.toId());
            }
        }
        return ids.stream().distinct().toList();
    }
}
