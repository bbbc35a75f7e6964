package org.ronghe.community.web;

import org.ronghe.community.MembershipEvent.Action;

/**
 * A decision as the membership page offers it: its URL segment, whether it needs a reason and a date,
 * and whether it is destructive (asks for confirmation).
 */
record MembershipActions(Action action, String segment, boolean reasonRequired, boolean dated, boolean destructive) {

    static MembershipActions of(Action action) {
        return switch (action) {
            case APPROVED -> new MembershipActions(action, "approve", false, false, false);
            case REJECTED -> new MembershipActions(action, "reject", true, false, true);
            case SUSPENDED -> new MembershipActions(action, "suspend", true, true, true);
            case REINSTATED -> new MembershipActions(action, "reinstate", false, true, false);
            case WITHDRAWN -> new MembershipActions(action, "withdraw", true, true, true);
            case APPLICATION_WITHDRAWN -> new MembershipActions(action, "withdraw-application", false, false, true);
            default -> throw new IllegalArgumentException("not a decision: " + action);
        };
    }

    public String labelKey() {
        return "membership.act." + segment;
    }
}
