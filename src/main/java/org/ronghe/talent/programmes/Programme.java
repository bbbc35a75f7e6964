package org.ronghe.talent.programmes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SqlWhere;

/**
 * A programme that brings students into enterprises (an order class, an apprenticeship, a named pipeline such as
 * 中铝直通车): its schools and enterprises, the agreement it implements, the needs it answers, and one cohort per intake
 * year.
 */
@Entity
@Table(name = "programmes")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;

    private Long bodyId;

    private Long agreementId;

    private String major;

    private Integer intakeYear;

    private Integer plannedSize;

    private String searchText;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    /** Partners, needs and cohorts: a handful each, needed whenever the programme is, so loaded with it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_partners", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ProgrammePartner> partners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_needs", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "need_id")
    private Set<Long> needIds = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    @OrderBy("intakeYear")
    private List<Cohort> cohorts = new ArrayList<>();

    protected Programme() {}

    /** A new programme, with its first cohort when the first intake year is known. */
    static Programme launch(ProgrammeDraft valid, Instant at, String by) {
        Programme programme = new Programme();
        programme.apply(valid);
        programme.createdAt = at;
        programme.createdBy = by;
        if (valid.intakeYear() != null) {
            programme.cohorts.add(new Cohort(valid.intakeYear(), valid.plannedSize()));
        }
        return programme;
    }

    void revise(ProgrammeDraft valid) {
        apply(valid);
    }

    /** Takes in the students of another intake year; one cohort per year. */
    Cohort openCohort(int intakeYear, Integer plannedSize) {
        if (cohorts.stream().anyMatch(c -> c.intakeYear() == intakeYear)) {
            throw new RuleBroken("talent.cohort.exists", intakeYear);
        }
        Cohort cohort = new Cohort(intakeYear, plannedSize);
        cohorts.add(cohort);
        return cohort;
    }

    private void apply(ProgrammeDraft valid) {
        name = valid.name();
        kind = valid.kind();
        bodyId = valid.bodyId();
        agreementId = valid.agreementId();
        major = valid.major();
        intakeYear = valid.intakeYear();
        plannedSize = valid.plannedSize();
        partners.clear();
        partners.addAll(valid.partners());
        needIds.clear();
        needIds.addAll(valid.needIds());
        searchText = SqlWhere.searchable(name, major);
    }

    public ProgrammeDraft terms() {
        return new ProgrammeDraft(
                name,
                kind,
                bodyId,
                agreementId,
                major,
                intakeYear,
                plannedSize,
                List.copyOf(partners),
                List.copyOf(needIds));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ProgrammeKind kind() {
        return kind;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Optional<Long> agreementId() {
        return Optional.ofNullable(agreementId);
    }

    public List<ProgrammePartner> partners() {
        return List.copyOf(partners);
    }

    public List<Cohort> cohorts() {
        return List.copyOf(cohorts);
    }

    public long version() {
        return version;
    }
}
