package org.ronghe.research.projects;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.PersonalNames;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SealedTable;
import org.ronghe.core.Versions;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.docking.dockings.Dockings;
import org.ronghe.research.ResearchEvents.ProjectChanged;
import org.ronghe.research.ResearchEvents.Step;
import org.ronghe.research.ResearchEvents.TrancheChanged;
import org.ronghe.research.ResearchEvents.TrancheStep;
import org.ronghe.research.figures.ResearchFigureRow;
import org.ronghe.research.figures.ResearchFigures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the projects and their funding tranches. Checks that the body, the parties, the agreement and the docking exist
 * (of the same body); every change is published as an event, and so audited. Callers check who may act
 * ({@link ProjectAccess}); acting for an organisation needs it to be a party. Principal investigators' names are sealed
 * before they are kept; events, and so the audit trail, carry them masked. Every change to a project or tranche moves
 * the R&D figures by its exact difference, in the same transaction.
 */
@Service
@Transactional
public class ProjectBook {

    /** The field principal investigators' names are sealed for. */
    public static final String INVESTIGATOR_NAME = "research.investigator.name";

    /** The investigators' sealed names, for a key rotation. */
    @Bean
    static SealedTable sealedInvestigators() {
        return SealedTable.of("research_project_investigators", "project_id", "position")
                .sealed("name_sealed", INVESTIGATOR_NAME);
    }

    private static final Set<FileKind> VOUCHER_KINDS = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);

    private final Projects projects;
    private final Tranches tranches;
    private final Directory directory;
    private final Community community;
    private final AgreementLookup agreements;
    private final Dockings dockings;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final ResearchFigures figures;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    ProjectBook(
            Projects projects,
            Tranches tranches,
            Directory directory,
            Community community,
            AgreementLookup agreements,
            Dockings dockings,
            FileStore files,
            ApplicationEventPublisher events,
            JsonMapper json,
            ResearchFigures figures,
            PersonalDataCipher cipher,
            Clock clock) {
        this.projects = projects;
        this.tranches = tranches;
        this.directory = directory;
        this.community = community;
        this.agreements = agreements;
        this.dockings = dockings;
        this.files = files;
        this.events = events;
        this.json = json;
        this.figures = figures;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, unknown body, organisations and agreement included */
    public Project plan(ProjectDraft terms) {
        ProjectDraft valid = checked(terms);
        List<Investigator> named = valid.investigators() == null ? List.of() : sealed(valid.investigators());
        Project project =
                projects.save(Project.plan(valid, named, LocalDate.now(clock), clock.instant(), Actor.current()));
        figures.moved(List.of(), project.figureRows());
        publish(project, Step.PLANNED, json.writeValueAsString(project.terms()));
        return project;
    }

    /** New terms; investigators given replace those named, none given keeps them. */
    public Project revise(Long id, long expectedVersion, ProjectDraft terms) {
        Project project = get(id, expectedVersion);
        ProjectDraft valid = checked(terms);
        String before = json.writeValueAsString(project.terms());
        List<ResearchFigureRow> rows = project.figureRows();
        project.revise(valid, valid.investigators() == null ? null : sealed(valid.investigators()), clock.instant());
        figures.moved(rows, project.figureRows());
        publish(project, Step.REVISED, "before: " + before + "\nafter: " + json.writeValueAsString(project.terms()));
        return project;
    }

    /**
     * Names one more principal investigator of an open project.
     *
     * @throws InvalidInput when the organisation is not a party, the name is missing or a field too long
     */
    public Project nameInvestigator(Long id, long expectedVersion, InvestigatorDraft investigator) {
        Project project = get(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        InvestigatorDraft valid = investigator.checked("investigator", project.organisationIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        project.name(sealed(List.of(valid)).get(0), clock.instant());
        publish(project, Step.INVESTIGATOR_NAMED, shown(valid.masked()));
        return project;
    }

    /** No longer names the investigator at this place in the list of the version read. */
    public Project unnameInvestigator(Long id, long expectedVersion, int index) {
        Project project = get(id, expectedVersion);
        Investigator gone = project.unname(index, clock.instant());
        publish(project, Step.INVESTIGATOR_UNNAMED, shown(gone.shown()));
        return project;
    }

    private List<Investigator> sealed(List<InvestigatorDraft> valid) {
        return valid.stream()
                .map(i -> new Investigator(
                        i.organisationId(),
                        cipher.seal(INVESTIGATOR_NAME, i.name()),
                        PersonalNames.masked(i.name()),
                        i.title()))
                .toList();
    }

    private static String shown(InvestigatorDraft masked) {
        return "organisation: " + masked.organisationId() + ", name: " + masked.name()
                + (masked.title() == null ? "" : ", title: " + masked.title());
    }

    public Project start(Long id, long expectedVersion) {
        Project project = get(id, expectedVersion);
        List<ResearchFigureRow> rows = project.figureRows();
        project.start(clock.instant());
        figures.moved(rows, project.figureRows());
        publish(project, Step.STARTED, null);
        return project;
    }

    /** A client party accepts the results. */
    public Project accept(Long id, long expectedVersion, Long byOrganisation) {
        Project project = get(id, expectedVersion);
        List<ResearchFigureRow> rows = project.figureRows();
        project.accept(byOrganisation, clock.instant());
        figures.moved(rows, project.figureRows());
        publish(project, Step.ACCEPTED, "organisation: " + byOrganisation);
        return project;
    }

    public Project terminate(Long id, long expectedVersion, String reason) {
        Project project = get(id, expectedVersion);
        List<ResearchFigureRow> rows = project.figureRows();
        project.terminate(reason, clock.instant());
        figures.moved(rows, project.figureRows());
        publish(project, Step.TERMINATED, project.terminationReason());
        return project;
    }

    /**
     * The paying party declares a payment to another party, with a voucher (PDF or image) if it has one.
     *
     * @throws InvalidInput when the amount, the date or the payee is missing or wrong
     */
    public Tranche declare(
            Long projectId,
            Long payerId,
            Long payeeId,
            BigDecimal amount,
            LocalDate paidOn,
            String voucherName,
            InputStream voucher) {
        Project project = get(projectId);
        if (project.status() == ProjectStatus.TERMINATED) {
            throw new RuleBroken("research.closed");
        }
        requireParty(project, payerId);
        checkPayment(project, payerId, payeeId, amount, paidOn);
        UUID file = voucher == null
                ? null
                : files.store(voucherName, voucher, VOUCHER_KINDS, FileStore.DOCUMENT_MAX_BYTES)
                        .id();
        Instant now = clock.instant();
        Tranche tranche =
                tranches.save(Tranche.declare(projectId, payerId, payeeId, amount, paidOn, file, now, Actor.current()));
        figures.moved(List.of(), tranche.figureRows(project.bodyId()));
        project.touch(now);
        events.publishEvent(new TrancheChanged(
                projectId,
                tranche.id(),
                project.bodyId(),
                TrancheStep.DECLARED,
                amount.toPlainString() + " CNY from organisation " + payerId + " to " + payeeId + " on " + paidOn));
        return tranche;
    }

    /** The payee confirms the money arrived; the payer cannot (409). */
    public Tranche confirm(Long trancheId, long expectedVersion, Long byOrganisation) {
        Tranche tranche = tranche(trancheId, expectedVersion);
        Project project = get(tranche.projectId());
        List<ResearchFigureRow> rows = tranche.figureRows(project.bodyId());
        tranche.confirm(byOrganisation, clock.instant(), Actor.current());
        figures.moved(rows, tranche.figureRows(project.bodyId()));
        project.touch(clock.instant());
        events.publishEvent(new TrancheChanged(
                project.id(),
                trancheId,
                project.bodyId(),
                TrancheStep.CONFIRMED,
                tranche.amount().toPlainString()));
        return tranche;
    }

    /** The payee disputes the declaration, saying why; a disputed tranche never counts as received. */
    public Tranche dispute(Long trancheId, long expectedVersion, Long byOrganisation, String reason) {
        Tranche tranche = tranche(trancheId, expectedVersion);
        Project project = get(tranche.projectId());
        List<ResearchFigureRow> rows = tranche.figureRows(project.bodyId());
        tranche.dispute(byOrganisation, reason, clock.instant(), Actor.current());
        figures.moved(rows, tranche.figureRows(project.bodyId()));
        project.touch(clock.instant());
        events.publishEvent(new TrancheChanged(
                project.id(), trancheId, project.bodyId(), TrancheStep.DISPUTED, tranche.disputeReason()));
        return tranche;
    }

    /** One page of the projects the user may see, in a body and under an agreement or all, the latest active first. */
    @Transactional(readOnly = true)
    public PageResult<Project> find(
            Long bodyId, Long agreementId, ProjectAccess.Visibility visibility, int page, int size) {
        int pageSize = PageResult.clampSize(size);
        int pageNumber = Math.max(0, page);
        Page<Project> found = projects.visible(
                visibility.all(),
                orNone(visibility.bodyIds()),
                orNone(visibility.organisationIds()),
                bodyId,
                agreementId,
                PageRequest.of(pageNumber, pageSize));
        return new PageResult<>(found.getContent(), pageNumber, pageSize, found.getTotalElements());
    }

    /** A list a JPQL {@code in} can take: an id no record has when empty. */
    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    @Transactional(readOnly = true)
    public List<Tranche> tranchesOf(Long projectId) {
        return tranches.findByProjectIdOrderByPaidOnAscIdAsc(projectId);
    }

    @Transactional(readOnly = true)
    public Project get(Long id) {
        return projects.findById(id).orElseThrow(() -> new NotFound("project", id));
    }

    @Transactional(readOnly = true)
    public Tranche tranche(Long id) {
        return tranches.findById(id).orElseThrow(() -> new NotFound("tranche", id));
    }

    private Tranche tranche(Long id, long expectedVersion) {
        Tranche tranche = tranche(id);
        Versions.require("tranche", id, tranche.version(), expectedVersion);
        return tranche;
    }

    private Project get(Long id, long expectedVersion) {
        Project project = get(id);
        Versions.require("project", id, project.version(), expectedVersion);
        return project;
    }

    private void publish(Project project, Step step, String detail) {
        events.publishEvent(new ProjectChanged(project.id(), project.bodyId(), step, detail));
    }

    private static void requireParty(Project project, Long organisation) {
        if (organisation == null || !project.hasParty(organisation)) {
            throw new RuleBroken("research.not-a-party");
        }
    }

    private static void checkPayment(Project project, Long payerId, Long payeeId, BigDecimal amount, LocalDate paidOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (payeeId == null || !project.hasParty(payeeId)) {
            problems.add(new FieldProblem("payeeId", "research.tranche.payee-not-a-party"));
        } else if (payeeId.equals(payerId)) {
            problems.add(new FieldProblem("payeeId", "research.tranche.payee-is-payer"));
        }
        if (amount == null) {
            problems.add(new FieldProblem("amount", "research.tranche.amount-required"));
        } else if (amount.signum() == 0) {
            problems.add(new FieldProblem("amount", "research.tranche.amount-positive"));
        } else {
            ProjectDraft.amount(amount, "amount", problems);
        }
        if (paidOn == null) {
            problems.add(new FieldProblem("paidOn", "research.tranche.date-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The valid terms; otherwise every problem at once, those of the form and those of the records it names. */
    private ProjectDraft checked(ProjectDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        ProjectDraft valid = terms;
        try {
            valid = terms.validate();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        problems.addAll(unknown(terms));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    private List<FieldProblem> unknown(ProjectDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, OrganisationSummary> found = directory.summaries(
                terms.organisationIds().stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < terms.parties().size(); i++) {
            Long organisation = terms.parties().get(i).organisationId();
            if (organisation != null && !found.containsKey(organisation)) {
                problems.add(new FieldProblem("parties[" + i + "].organisationId", "research.party.unknown"));
            }
        }
        if (terms.bodyId() != null && !community.exists(terms.bodyId())) {
            problems.add(new FieldProblem("bodyId", "research.body.unknown"));
        }
        if (terms.agreementId() != null
                && !agreements.bodyOf(terms.agreementId()).equals(java.util.Optional.ofNullable(terms.bodyId()))) {
            problems.add(new FieldProblem("agreementId", "research.agreement.unknown"));
        }
        if (terms.dockingId() != null
                && !dockings.findById(terms.dockingId())
                        .map(d -> Objects.equals(d.bodyId(), terms.bodyId()))
                        .orElse(false)) {
            problems.add(new FieldProblem("dockingId", "research.docking.unknown"));
        }
        return problems;
    }
}
