package org.ronghe.docking.demands;

/** Open to proposals, in docking (a proposal was accepted), solved, or closed with a reason. */
public enum DemandStatus {
    OPEN,
    DOCKING,
    SOLVED,
    CLOSED
}
