package org.ronghe.docking.fairs;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who sits where when: each slot has its tables, and an organisation meets one partner at a time. Pairs are placed at
 * the earliest slot where a table is free and neither side's organisation is busy.
 */
public final class Schedule {

    /** The organisations of a pair's two sides. */
    record Sides(Long needOrganisationId, Long offerOrganisationId) {}

    /** A table (from 1) in a slot (from 0). */
    public record Seat(int table, int slot) {

        /** A seat as people number it: table and slot both from 1; null when either is missing. */
        public static Seat numbered(Integer table, Integer slot) {
            return table == null || slot == null ? null : new Seat(table, slot - 1);
        }
    }

    private final int tables;
    private final int slots;
    private final Set<String> taken = new HashSet<>();

    Schedule(int tables, int slots) {
        this.tables = tables;
        this.slots = slots;
    }

    boolean free(Seat seat, Sides sides) {
        return seat.table() >= 1
                && seat.table() <= tables
                && seat.slot() >= 0
                && seat.slot() < slots
                && !taken.contains("t" + seat.table() + "@" + seat.slot())
                && !taken.contains("o" + sides.needOrganisationId() + "@" + seat.slot())
                && !taken.contains("o" + sides.offerOrganisationId() + "@" + seat.slot());
    }

    Optional<Seat> earliest(Sides sides) {
        for (int slot = 0; slot < slots; slot++) {
            for (int table = 1; table <= tables; table++) {
                Seat seat = new Seat(table, slot);
                if (free(seat, sides)) {
                    return Optional.of(seat);
                }
            }
        }
        return Optional.empty();
    }

    void take(Seat seat, Sides sides) {
        taken.add("t" + seat.table() + "@" + seat.slot());
        taken.add("o" + sides.needOrganisationId() + "@" + seat.slot());
        taken.add("o" + sides.offerOrganisationId() + "@" + seat.slot());
    }
}
