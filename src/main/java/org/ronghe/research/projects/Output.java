package org.ronghe.research.projects;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.research.figures.OutputFigureRow;

/**
 * Something a project produced — a patent, a paper, a standard, a software copyright, a new product or process — with
 * its identifier checked for form (a patent's kind read from its number) and its owners among the project's parties.
 */
@Entity
@Table(name = "research_outputs")
public class Output {

    public static final int TITLE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;

    @Enumerated(EnumType.STRING)
    private OutputKind kind;

    private String patentKind;

    private String title;

    private String identifier;

    private LocalDate issuedOn;

    private LocalDate recordedOn;

    private Instant recordedAt;

    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "research_output_owners", joinColumns = @JoinColumn(name = "output_id"))
    @OrderColumn(name = "position")
    @Column(name = "organisation_id")
    private List<Long> owners = new ArrayList<>();

    protected Output() {}

    static Output record(
            Long projectId,
            OutputKind kind,
            String title,
            String identifier,
            LocalDate issuedOn,
            List<Long> owners,
            LocalDate on,
            Instant at,
            String actor) {
        Output o = new Output();
        o.projectId = projectId;
        o.kind = kind;
        o.title = title;
        o.identifier = identifier;
        o.patentKind = kind == OutputKind.PATENT ? OutputIdentifiers.patentKind(identifier) : null;
        o.issuedOn = issuedOn;
        o.owners.addAll(owners);
        o.recordedOn = on;
        o.recordedAt = at;
        o.recordedBy = actor;
        return o;
    }

    /** What this output adds to the figures of its project's body, in the month recorded: once, and once per owner. */
    public List<OutputFigureRow> figureRows(Long bodyId) {
        return OutputFigureRow.of(bodyId, recordedOn, kind.name(), owners);
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public OutputKind kind() {
        return kind;
    }

    /** INVENTION, UTILITY_MODEL or DESIGN for a patent; null otherwise. */
    public String patentKind() {
        return patentKind;
    }

    public String title() {
        return title;
    }

    public String identifier() {
        return identifier;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** The day it was recorded, in the platform's zone. */
    public LocalDate recordedOn() {
        return recordedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public List<Long> owners() {
        return List.copyOf(owners);
    }
}
