package org.ronghe.research.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.Versions;
import org.ronghe.research.ResearchEvents.MilestoneChanged;
import org.ronghe.research.ResearchEvents.OutputRecorded;
import org.ronghe.research.figures.ResearchFigures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What projects deliver: milestones (reported by a performing party, accepted or returned by a client party) and
 * outputs (identifiers checked, owners among the parties). Every step is published, and so audited; callers check who
 * may act ({@link ProjectAccess}). A recorded output moves the output figures of the project's body.
 */
@Service
@Transactional
public class ProjectResults {

    private final ProjectBook projects;
    private final Milestones milestones;
    private final Outputs outputs;
    private final ResearchFigures figures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectResults(
            ProjectBook projects,
            Milestones milestones,
            Outputs outputs,
            ResearchFigures figures,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.outputs = outputs;
        this.figures = figures;
        this.events = events;
        this.clock = clock;
    }

    /** A new milestone of an open project. */
    public Milestone planMilestone(Long projectId, String title, String deliverable, LocalDate dueOn) {
        Project project = projects.get(projectId);
        project.requireOpen();
        Milestone milestone = milestones.save(Milestone.plan(projectId, title, deliverable, dueOn));
        project.touch(clock.instant());
        publish(project, milestone, "planned", milestone.title());
        return milestone;
    }

    /** A performing party reports the milestone reached. */
    public Milestone submit(Long milestoneId, long expectedVersion, Long byOrganisation) {
        Milestone milestone = milestone(milestoneId, expectedVersion);
        Project project = running(milestone);
        milestone.submit(role(project, byOrganisation), byOrganisation, clock.instant());
        publish(project, milestone, "submitted", "organisation: " + byOrganisation);
        return milestone;
    }

    /** A client party accepts the deliverable, or returns it with a reason. */
    public Milestone decide(
            Long milestoneId, long expectedVersion, Long byOrganisation, boolean accepted, String reason) {
        Milestone milestone = milestone(milestoneId, expectedVersion);
        Project project = running(milestone);
        milestone.decide(role(project, byOrganisation), byOrganisation, accepted, reason, clock.instant());
        publish(project, milestone, accepted ? "accepted" : "returned", accepted ? null : milestone.returnReason());
        return milestone;
    }

    /**
     * Records an output of a project (open or accepted: results often come after acceptance).
     *
     * @throws InvalidInput listing every problem: kind, title, identifier, owners not parties
     */
    public Output record(
            Long projectId, OutputKind kind, String title, String identifier, LocalDate issuedOn, List<Long> owners) {
        Project project = projects.get(projectId);
        if (project.status() == ProjectStatus.TERMINATED) {
            throw new RuleBroken("research.closed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = FieldProblem.trimmed(title, "title", Output.TITLE_MAX, problems);
        if (cleanTitle == null) {
            problems.add(new FieldProblem("title", "research.output.title-required"));
        }
        String id = null;
        if (kind == null) {
            problems.add(new FieldProblem("kind", "research.output.kind-required"));
        } else {
            try {
                id = OutputIdentifiers.parse(kind, identifier);
            } catch (InvalidIdentifier e) {
                problems.add(FieldProblem.of("identifier", e));
            }
        }
        List<Long> owning =
                owners == null ? List.of() : owners.stream().distinct().toList();
        if (owning.isEmpty() || !owning.stream().allMatch(project::hasParty)) {
            problems.add(new FieldProblem("owners", "research.output.owners"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        Output output = outputs.save(Output.record(
                projectId, kind, cleanTitle, id, issuedOn, owning, LocalDate.now(clock), now, Actor.current()));
        figures.outputsMoved(List.of(), output.figureRows(project.bodyId()));
        project.touch(now);
        events.publishEvent(new OutputRecorded(
                projectId, output.id(), project.bodyId(), kind + " " + (id == null ? "" : id) + " owners " + owning));
        return output;
    }

    @Transactional(readOnly = true)
    public List<Milestone> milestonesOf(Long projectId) {
        return milestones.findByProjectIdOrderByDueOnAscIdAsc(projectId);
    }

    @Transactional(readOnly = true)
    public List<Output> outputsOf(Long projectId) {
        return outputs.findByProjectIdOrderByIdAsc(projectId);
    }

    @Transactional(readOnly = true)
    public Milestone milestone(Long id) {
        return milestones.findById(id).orElseThrow(() -> new NotFound("milestone", id));
    }

    private Milestone milestone(Long id, long expectedVersion) {
        Milestone milestone = milestone(id);
        Versions.require("milestone", id, milestone.version(), expectedVersion);
        return milestone;
    }

    private Project running(Milestone milestone) {
        Project project = projects.get(milestone.projectId());
        if (project.status() != ProjectStatus.RUNNING) {
            throw new RuleBroken("research.milestone.project-not-running");
        }
        project.touch(clock.instant());
        return project;
    }

    private static ProjectRole role(Project project, Long organisation) {
        return project.roleOf(organisation).orElseThrow(() -> new RuleBroken("research.not-a-party"));
    }

    private void publish(Project project, Milestone milestone, String step, String detail) {
        events.publishEvent(new MilestoneChanged(project.id(), milestone.id(), project.bodyId(), step, detail));
    }
}
