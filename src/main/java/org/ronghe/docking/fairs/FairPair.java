package org.ronghe.docking.fairs;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A need and a capability to meet at the fair: at a table (from 1) in a time slot (from 0), the match's score, whether
 * the secretariat added it by hand, and afterwards the outcome, a note and the docking proposed from it.
 */
@Embeddable
public record FairPair(
        Long demandId,
        Long capabilityId,
        int tableNo,
        int slotNo,
        double score,
        boolean added,
        @Enumerated(EnumType.STRING) FairOutcome outcome,
        String note,
        Long dockingId) {

    boolean is(Long demand, Long capability) {
        return demandId.equals(demand) && capabilityId.equals(capability);
    }

    /** Kept when the platform proposes pairs again: added by hand, or with an outcome. */
    boolean kept() {
        return added || outcome != null;
    }

    FairPair at(int table, int slot) {
        return new FairPair(demandId, capabilityId, table, slot, score, added, outcome, note, dockingId);
    }

    FairPair ended(FairOutcome how, String why, Long docking) {
        return new FairPair(demandId, capabilityId, tableNo, slotNo, score, added, how, why, docking);
    }
}
