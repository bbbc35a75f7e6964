package org.ronghe.docking.fairs;

/** What came of a pair at the fair: they met, they go on to a docking, not interested, or a side did not come. */
public enum FairOutcome {
    MET,
    DOCKING,
    NOT_INTERESTED,
    NO_SHOW
}
