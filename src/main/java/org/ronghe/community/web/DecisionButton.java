package org.ronghe.community.web;

import org.ronghe.community.MembershipStep.Action;

/**
 * A decision as the membership page offers it: its URL segment, whether it needs a reason and a date, and whether it is
 * destructive (asks for confirmation).
 */
record DecisionButton(Action action, String segment, boolean reasonRequired, boolean dated, boolean destructive) {

    static DecisionButton of(Action action) {
        return switch (action) {
            case APPROVED -> new DecisionButton(action, "approve", false, false, false);
            case REJECTED -> new DecisionButton(action, "reject", true, false, true);
            case SUSPENDED -> new DecisionButton(action, "suspend", true, true, true);
            case REINSTATED -> new DecisionButton(action, "reinstate", false, true, false);
            case WITHDRAWN -> new DecisionButton(action, "withdraw", true, true, true);
            case APPLICATION_WITHDRAWN -> new DecisionButton(action, "withdraw-application", false, false, true);
            default -> throw new IllegalArgumentException("not a decision: " + action);
        };
    }

    public String labelKey() {
        return "membership.act." + segment;
    }
}
