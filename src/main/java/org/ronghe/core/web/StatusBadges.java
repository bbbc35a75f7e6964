package org.ronghe.core.web;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The colour of a status badge, read the same way on every page: green for done or in effect, yellow for waiting on
 * someone, red for refused, disputed or failed, blue for open or signed, grey for drafts and what is over.
 */
@Component("badges")
class StatusBadges {

    private static final Map<String, Set<String>> TONES = Map.of(
            "text-bg-success",
                    Set.of(
                            "ACTIVE",
                            "IN_FORCE",
                            "FULFILLED",
                            "CONFIRMED",
                            "DONE",
                            "FILLED",
                            "ACCEPTED",
                            "COMPLETED",
                            "VERIFIED",
                            "SOLVED",
                            "PASSED"),
            "text-bg-warning",
                    Set.of(
                            "PENDING",
                            "REPORTED",
                            "OFFERED",
                            "HIRED",
                            "QUEUED",
                            "VALIDATING",
                            "IMPORTING",
                            "INDEXING",
                            "DOCKING",
                            "PROPOSED",
                            "DECLARED"),
            "text-bg-danger", Set.of("DISPUTED", "FAILED", "REJECTED", "TERMINATED", "SUSPENDED", "DECLINED"),
            "text-bg-info", Set.of("OPEN", "SIGNED", "RUNNING"));

    /** The Bootstrap class of a status (an enum constant, or its name). */
    public String of(Object status) {
        String name = status instanceof Enum<?> e ? e.name() : String.valueOf(status);
        return TONES.entrySet().stream()
                .filter(t -> t.getValue().contains(name))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("text-bg-secondary");
    }
}
