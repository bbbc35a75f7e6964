package org.ronghe.talent.programmes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One intake of a programme: the students who start in that year. Part of the {@link Programme} aggregate. */
@Entity
@Table(name = "cohorts")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int intakeYear;

    private Integer plannedSize;

    protected Cohort() {}

    Cohort(int intakeYear, Integer plannedSize) {
        this.intakeYear = intakeYear;
        this.plannedSize = plannedSize;
    }

    public Long id() {
        return id;
    }

    public int intakeYear() {
        return intakeYear;
    }

    public Integer plannedSize() {
        return plannedSize;
    }
}
