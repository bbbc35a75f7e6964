package org.ronghe.core.work;

import java.util.List;

/**
 * A module's share of the workbench (工作台): what waits for the signed-in user in that module, as queues with counts and
 * a link to act. Each module answers for its own records and its own rules of who may act; the workbench only gathers
 * the answers, so it needs no module's code.
 */
public interface PendingWork {

    /** The queues that concern the signed-in user; empty queues may be left out. */
    List<WorkQueue> forCurrentUser();
}
