package org.ronghe.research.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.research.projects.OutputKind;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectAccess;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.ProjectKind;
import org.ronghe.research.projects.ProjectResults;
import org.ronghe.research.projects.ProjectRole;
import org.ronghe.research.projects.Tranche;
import org.ronghe.research.transfers.Transfer;
import org.ronghe.research.transfers.TransferBook;
import org.ronghe.research.transfers.TransferMode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the models of the project pages: names of parties and bodies, money, and what the user may do. */
@Component
class ProjectViews {

    private final ProjectBook book;
    private final ProjectResults results;
    private final TransferBook transfers;
    private final ProjectAccess access;
    private final Directory directory;
    private final Community community;
    private final AgreementLookup agreements;

    ProjectViews(
            ProjectBook book,
            ProjectResults results,
            TransferBook transfers,
            ProjectAccess access,
            Directory directory,
            Community community,
            AgreementLookup agreements) {
        this.book = book;
        this.results = results;
        this.transfers = transfers;
        this.access = access;
        this.directory = directory;
        this.community = community;
        this.agreements = agreements;
    }

    /** The bodies to choose or filter by. */
    List<BodySummary> bodies() {
        return community.choosable();
    }

    Map<Long, String> bodyNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids.stream().distinct().toList()) {
            names.put(id, community.get(id).name());
        }
        return names;
    }

    /** One project's page: the project and its money, what it delivers, its transfers, and what the user may do. */
    void page(Long id, Model model) {
        Project project = book.get(id);
        List<Tranche> tranches = book.tranchesOf(id);
        model.addAttribute("project", project);
        model.addAttribute("money", ProjectView.of(project, tranches));
        model.addAttribute("tranches", tranches);
        model.addAttribute("names", directory.names(project.organisationIds()));
        model.addAttribute("bodyName", community.get(project.bodyId()).name());
        model.addAttribute(
                "agreement", project.agreementId().flatMap(agreements::readable).orElse(null));
        model.addAttribute("canEdit", access.canEdit(id));
        model.addAttribute("milestones", results.milestonesOf(id));
        model.addAttribute("outputs", results.outputsOf(id));
        model.addAttribute("outputKinds", OutputKind.values());
        model.addAttribute("today", LocalDate.now());
        roles(project, model);
        transfers(project, model);
    }

    /** The parties the user acts for, as any party, as a client, as a performer. */
    private void roles(Project project, Model model) {
        List<Long> actingFor =
                project.organisationIds().stream().filter(access::canActFor).toList();
        model.addAttribute("actingFor", actingFor);
        model.addAttribute(
                "actingAsClient",
                actingFor.stream()
                        .filter(o -> project.roleOf(o).orElse(null) == ProjectRole.CLIENT)
                        .toList());
        model.addAttribute(
                "actingAsPerformer",
                actingFor.stream()
                        .filter(o -> project.roleOf(o).orElse(ProjectRole.CLIENT) != ProjectRole.CLIENT)
                        .toList());
    }

    /** The project's transfers, the body's members to transfer to, and the sides the user confirms for. */
    private void transfers(Project project, Model model) {
        List<Transfer> projectTransfers = transfers.ofProject(project.id());
        List<Long> members = community.activeMembers(project.bodyId());
        List<Long> named = new ArrayList<>(members);
        named.addAll(project.organisationIds());
        projectTransfers.forEach(t -> named.add(t.toId()));
        model.addAttribute("transfers", projectTransfers);
        model.addAttribute(
                "transferNames", directory.names(named.stream().distinct().toList()));
        model.addAttribute("members", directory.names(members));
        model.addAttribute("transferModes", TransferMode.values());
        model.addAttribute(
                "transferActors",
                projectTransfers.stream()
                        .flatMap(t -> Stream.of(t.fromId(), t.toId()))
                        .distinct()
                        .filter(access::canActFor)
                        .toList());
    }

    /** Fills the model for the form and names its template. */
    String form(ProjectForm form, Long projectId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("projectId", projectId);
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("roles", ProjectRole.values());
        model.addAttribute("bodies", bodies());
        Long bodyId = form.getBodyId();
        List<Long> members = new ArrayList<>(bodyId == null ? List.of() : community.activeMembers(bodyId));
        form.getParties().stream()
                .map(ProjectForm.PartyRow::getOrganisationId)
                .filter(o -> o != null && !members.contains(o))
                .forEach(members::add);
        model.addAttribute("members", directory.names(members));
        model.addAttribute("agreements", agreements.choicesIn(bodyId, form.getAgreementId()));
        return "research/form";
    }
}
