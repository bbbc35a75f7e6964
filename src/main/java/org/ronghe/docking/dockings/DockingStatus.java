package org.ronghe.docking.dockings;

/**
 * Proposed (waiting for the other side; for a secretariat's proposal, for both), accepted (contacts disclosed, meetings
 * logged, an agreement may be drafted), declined with a reason, or closed with a reason.
 */
public enum DockingStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    CLOSED
}
