package org.ronghe.core.work;

import java.util.List;

/**
 * One kind of waiting work: its title (a message key), how many, where to take it up, and the first few items.
 *
 * @param kind what the count means: things to decide or do, deadlines, or news to look at
 */
public record WorkQueue(String titleKey, Kind kind, long count, String href, List<WorkItem> items) {

    /** To do (decide, confirm, evaluate), a deadline, or something that happened (an import finished). */
    public enum Kind {
        TO_DO,
        DEADLINE,
        NEWS
    }

    public WorkQueue {
        items = List.copyOf(items);
    }

    /** How many items a queue shows; the count says how many there are in all. */
    public static final int SHOWN = 5;
}
