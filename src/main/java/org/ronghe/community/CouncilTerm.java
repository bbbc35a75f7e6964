package org.ronghe.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ronghe.core.RuleBroken;

/** A council term (届) of a body with its seats. Part of the {@link Body} aggregate. */
@Entity
@Table(name = "council_terms")
public class CouncilTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Integer ordinal;

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @ElementCollection
    @CollectionTable(name = "council_seats", joinColumns = @JoinColumn(name = "term_id"))
    @OrderColumn(name = "position")
    private List<CouncilSeat> seats = new ArrayList<>();

    protected CouncilTerm() {}

    CouncilTerm(Integer ordinal, String name, LocalDate startsOn, LocalDate endsOn) {
        this.ordinal = ordinal;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Seats an organisation, or moves it to another position; a term has one chair. */
    void seat(Long organisationId, CouncilPosition position) {
        boolean chairTaken = seats.stream()
                .anyMatch(s -> s.position() == CouncilPosition.CHAIR
                        && !s.organisationId().equals(organisationId));
        if (position == CouncilPosition.CHAIR && chairTaken) {
            throw new RuleBroken("council.one-chair");
        }
        seats.removeIf(s -> s.organisationId().equals(organisationId));
        seats.add(new CouncilSeat(organisationId, position));
        seats.sort(Comparator.comparing(CouncilSeat::position));
    }

    void unseat(Long organisationId) {
        seats.removeIf(s -> s.organisationId().equals(organisationId));
    }

    public Long id() {
        return id;
    }

    public Integer ordinal() {
        return ordinal;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<CouncilSeat> seats() {
        return List.copyOf(seats);
    }
}
