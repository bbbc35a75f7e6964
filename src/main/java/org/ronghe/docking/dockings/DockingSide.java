package org.ronghe.docking.dockings;

/** Who acts in a docking: the side with the need, the side with the capability, or the body's secretariat. */
public enum DockingSide {
    NEED,
    OFFER,
    SECRETARIAT
}
