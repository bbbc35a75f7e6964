package org.ronghe.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ronghe.community.Community;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.training.certificates.Certificate;
import org.ronghe.training.certificates.Certificates;
import org.ronghe.training.enrolments.Enrolment;
import org.ronghe.training.enrolments.TrainingEnrolments;
import org.ronghe.training.figures.RecordFilter;
import org.ronghe.training.figures.TrainingDashboard;
import org.ronghe.training.figures.TrainingRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The training dashboard of a body (or of an organisation as one side), and the records behind each of its figures:
 * every number on the dashboard links to the list that sums to it.
 */
@Controller
class TrainingDashboardPages {

    private final TrainingDashboard dashboard;
    private final TrainingEnrolments enrolments;
    private final Certificates certificates;
    private final Community community;
    private final Directory directory;

    TrainingDashboardPages(
            TrainingDashboard dashboard,
            TrainingEnrolments enrolments,
            Certificates certificates,
            Community community,
            Directory directory) {
        this.dashboard = dashboard;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.community = community;
        this.directory = directory;
    }

    @GetMapping("/trainings/dashboard")
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #asProvider ? null : #organisationId, "
            + "#asProvider ? #organisationId : null)")
    String dashboard(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "false") boolean asProvider,
            Model model) {
        TrainingDashboard.Figures figures =
                bodyId != null ? dashboard.ofBody(bodyId) : dashboard.ofOrganisation(organisationId, asProvider);
        List<Long> named = new ArrayList<>();
        Stream.concat(figures.byEnterprise().stream(), figures.byProvider().stream())
                .forEach(s -> named.add(s.organisationId()));
        if (organisationId != null) {
            named.add(organisationId);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("names", directory.names(named.stream().distinct().toList()));
        model.addAttribute("bodyId", bodyId);
        model.addAttribute(
                "bodyName", bodyId == null ? null : community.get(bodyId).name());
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("asProvider", asProvider);
        model.addAttribute("scope", scope(bodyId, organisationId, asProvider));
        model.addAttribute(
                "certificateScope",
                bodyId != null
                        ? "bodyId=" + bodyId
                        : (asProvider ? "issuerId=" : "holderOrganisationId=") + organisationId);
        return "training/dashboard";
    }

    @GetMapping("/trainings/completions")
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #enterpriseId, #providerId)")
    String completions(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long enterpriseId,
            @RequestParam(required = false) Long providerId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RecordFilter filter = new RecordFilter(bodyId, enterpriseId, providerId, month, kind, null);
        PageResult<Enrolment> found = TrainingRecords.completions(enrolments, filter, page, 50);
        List<Long> named = new ArrayList<>();
        found.items().forEach(e -> {
            named.add(e.enterpriseId());
            named.add(e.providerId());
        });
        model.addAttribute("records", found);
        model.addAttribute("filter", filter);
        model.addAttribute("names", directory.names(named.stream().distinct().toList()));
        return "training/completions";
    }

    @GetMapping("/trainings/certified")
    @PreAuthorize("@trainingAccess.canReadFigures(#bodyId, #holderOrganisationId, #issuerId)")
    String certified(
            @RequestParam(required = false) Long bodyId,
            @RequestParam(required = false) Long holderOrganisationId,
            @RequestParam(required = false) Long issuerId,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RecordFilter filter = new RecordFilter(bodyId, holderOrganisationId, issuerId, month, kind, level);
        PageResult<Certificate> found = TrainingRecords.certificates(certificates, filter, page, 50);
        List<Long> named = new ArrayList<>();
        found.items().forEach(c -> {
            named.add(c.issuerId());
            if (c.holderOrganisationId() != null) {
                named.add(c.holderOrganisationId());
            }
        });
        model.addAttribute("records", found);
        model.addAttribute("filter", filter);
        model.addAttribute("names", directory.names(named.stream().distinct().toList()));
        return "training/certified";
    }

    /** The query parameters that select the dashboard's records, for its links. */
    private static String scope(Long bodyId, Long organisationId, boolean asProvider) {
        if (bodyId != null) {
            return "bodyId=" + bodyId;
        }
        return (asProvider ? "providerId=" : "enterpriseId=") + organisationId;
    }
}
