package org.ronghe.research.projects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ronghe.core.RuleBroken;
import org.ronghe.research.figures.ResearchFigureRow;

/**
 * A joint R&D project of a body's members: planned, started, and accepted (验收) only by a client party, or terminated
 * with a reason. Its parties, roles and budgets are fixed while it is open; money paid under it is kept as
 * {@link Tranche}s.
 */
@Entity
@Table(name = "research_projects")
public class Project {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private String title;

    @Enumerated(EnumType.STRING)
    private ProjectKind kind;

    private String field;

    private Long agreementId;

    private Long dockingId;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private String terminationReason;

    private LocalDate plannedOn;

    private Instant createdAt;

    private String createdBy;

    private Instant lastActivityAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "research_project_parties", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<ProjectParty> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "research_project_investigators", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Investigator> investigators = new ArrayList<>();

    protected Project() {}

    /**
     * @param named its principal investigators, names sealed (checked against the terms by the caller)
     * @param on today, in the platform's zone
     */
    static Project plan(ProjectDraft terms, List<Investigator> named, LocalDate on, Instant at, String actor) {
        Project p = new Project();
        p.bodyId = terms.bodyId();
        p.status = ProjectStatus.PLANNED;
        p.plannedOn = on;
        p.createdAt = at;
        p.createdBy = actor;
        p.apply(terms, at);
        p.investigators.addAll(named);
        return p;
    }

    /**
     * New terms while it is open; the body stays. {@code named} replaces the investigators; when null they stay, and
     * those of an organisation no longer a party go.
     */
    void revise(ProjectDraft terms, List<Investigator> named, Instant at) {
        requireOpen();
        if (!bodyId.equals(terms.bodyId())) {
            throw new RuleBroken("research.body.fixed");
        }
        apply(terms, at);
        if (named != null) {
            investigators.clear();
            investigators.addAll(named);
        }
        investigators.removeIf(i -> !hasParty(i.organisationId()));
    }

    /** Names one more principal investigator, of a party, up to {@value InvestigatorDraft#MAX}. */
    void name(Investigator investigator, Instant at) {
        requireOpen();
        if (!hasParty(investigator.organisationId())) {
            throw new RuleBroken("research.investigator.not-a-party");
        }
        if (investigators.size() >= InvestigatorDraft.MAX) {
            throw new RuleBroken("research.investigator.too-many", InvestigatorDraft.MAX);
        }
        investigators.add(investigator);
        lastActivityAt = at;
    }

    /** @return the investigator at this place in {@link #investigators()}, no longer named */
    Investigator unname(int index, Instant at) {
        requireOpen();
        if (index < 0 || index >= investigators.size()) {
            throw new RuleBroken("research.investigator.unknown");
        }
        lastActivityAt = at;
        return investigators.remove(index);
    }

    void start(Instant at) {
        if (status != ProjectStatus.PLANNED) {
            throw new RuleBroken("research.start.not-planned");
        }
        status = ProjectStatus.RUNNING;
        lastActivityAt = at;
    }

    /** A client party accepts the results (验收). */
    void accept(Long byOrganisation, Instant at) {
        if (roleOf(byOrganisation).orElse(null) != ProjectRole.CLIENT) {
            throw new RuleBroken("research.accept.client-only");
        }
        if (status != ProjectStatus.RUNNING) {
            throw new RuleBroken("research.accept.not-running");
        }
        status = ProjectStatus.ACCEPTED;
        lastActivityAt = at;
    }

    void terminate(String reason, Instant at) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken("research.terminate.reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleBroken("research.reason.too-long", REASON_MAX);
        }
        terminationReason = reason.strip();
        status = ProjectStatus.TERMINATED;
        lastActivityAt = at;
    }

    void touch(Instant at) {
        lastActivityAt = at;
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw new RuleBroken("research.closed");
        }
    }

    private void apply(ProjectDraft terms, Instant at) {
        title = terms.title();
        kind = terms.kind();
        field = terms.field();
        agreementId = terms.agreementId();
        dockingId = terms.dockingId();
        startsOn = terms.startsOn();
        endsOn = terms.endsOn();
        parties.clear();
        parties.addAll(terms.parties());
        lastActivityAt = at;
    }

    public boolean hasParty(Long organisationId) {
        return roleOf(organisationId).isPresent();
    }

    public Optional<ProjectRole> roleOf(Long organisationId) {
        return parties.stream()
                .filter(p -> Objects.equals(p.organisationId(), organisationId))
                .map(ProjectParty::role)
                .findFirst();
    }

    /** The budgets the parties committed, summed (CNY); zero when none was stated. */
    public BigDecimal committed() {
        return parties.stream()
                .map(ProjectParty::budget)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What this project adds to the figures: its budgets committed, in the month it starts (else the month it was
     * planned) — the body's total and each budgeted party's share; nothing once terminated.
     */
    public List<ResearchFigureRow> figureRows() {
        if (status == ProjectStatus.TERMINATED) {
            return List.of();
        }
        LocalDate on = startsOn != null ? startsOn : plannedOn;
        List<ResearchFigureRow> rows = new ArrayList<>();
        rows.add(ResearchFigureRow.committed(bodyId, on, null, committed()));
        parties.stream()
                .filter(p -> p.budget() != null)
                .forEach(p -> rows.add(ResearchFigureRow.committed(bodyId, on, p.organisationId(), p.budget())));
        return rows;
    }

    public List<Long> organisationIds() {
        return parties.stream().map(ProjectParty::organisationId).toList();
    }

    /** The terms as kept, the investigators' names masked (they are sealed). */
    public ProjectDraft terms() {
        return new ProjectDraft(
                bodyId,
                title,
                kind,
                field,
                agreementId,
                dockingId,
                startsOn,
                endsOn,
                parties,
                investigators.stream().map(Investigator::shown).toList());
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String title() {
        return title;
    }

    public ProjectKind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public Optional<Long> agreementId() {
        return Optional.ofNullable(agreementId);
    }

    public Optional<Long> dockingId() {
        return Optional.ofNullable(dockingId);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public ProjectStatus status() {
        return status;
    }

    public String terminationReason() {
        return terminationReason;
    }

    /** The day it was planned, in the platform's zone. */
    public LocalDate plannedOn() {
        return plannedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long version() {
        return version;
    }

    public List<ProjectParty> parties() {
        return List.copyOf(parties);
    }

    public List<Investigator> investigators() {
        return List.copyOf(investigators);
    }
}
