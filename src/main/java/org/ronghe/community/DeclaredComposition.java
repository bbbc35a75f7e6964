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
import java.util.List;

/**
 * The membership composition a body stated itself, on a date, with its source. The total is stated separately because
 * bodies sometimes state totals that their parts do not add up to.
 */
@Entity
@Table(name = "declared_compositions")
public class DeclaredComposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate declaredOn;

    private String source;

    private int total;

    @ElementCollection
    @CollectionTable(name = "declared_composition_counts", joinColumns = @JoinColumn(name = "composition_id"))
    @OrderColumn(name = "position")
    private List<CompositionCount> counts = new ArrayList<>();

    protected DeclaredComposition() {}

    DeclaredComposition(LocalDate declaredOn, String source, int total, List<CompositionCount> counts) {
        this.declaredOn = declaredOn;
        this.source = source;
        this.total = total;
        this.counts.addAll(counts);
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    public String source() {
        return source;
    }

    public int total() {
        return total;
    }

    public List<CompositionCount> counts() {
        return List.copyOf(counts);
    }
}
