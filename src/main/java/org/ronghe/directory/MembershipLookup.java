package org.ronghe.directory;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by the community module so that the directory can filter organisations by body and membership status
 * without depending on it.
 */
public interface MembershipLookup {

    /** Bodies to offer in the filter, by name. */
    List<Choice> bodies();

    /** Membership statuses to offer, as message keys with their values. */
    List<Choice> statuses();

    /** Ids of the organisations with a membership of the body, in the status when one is given. */
    Collection<Long> organisationIds(Long bodyId, String status);

    /** A value to offer in a filter and its label (a name or a message key). */
    record Choice(String value, String label) {}
}
