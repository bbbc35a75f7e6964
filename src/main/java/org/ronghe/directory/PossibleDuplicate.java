package org.ronghe.directory;

import java.util.List;

/**
 * Thrown when a new organisation's normalised name matches existing ones; the user may look at them and then confirm
 * that theirs is a different organisation.
 */
public class PossibleDuplicate extends RuntimeException {

    private final transient List<OrganisationSummary> existing;

    public PossibleDuplicate(List<OrganisationSummary> existing) {
        super("possible duplicate of " + existing);
        this.existing = List.copyOf(existing);
    }

    public List<OrganisationSummary> existing() {
        return existing;
    }
}
