package org.ronghe.docking.dockings;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a docking's history: what happened, when, who did it and for which side; a reason or a meeting's notes;
 * for a meeting, the day and the place.
 */
@Embeddable
public record DockingStep(
        Instant at,
        @Enumerated(EnumType.STRING) Action action,
        @Enumerated(EnumType.STRING) DockingSide side,
        String actor,
        String note,
        LocalDate heldOn,
        String place) {

    /** What can happen to a docking. */
    public enum Action {
        PROPOSED,
        ACCEPTED,
        DECLINED,
        MET,
        AGREEMENT_DRAFTED,
        AGREEMENT_SIGNED,
        AGREEMENT_IN_FORCE,
        CLOSED
    }
}
