package org.ronghe.research.projects;

/** Planned until it starts; running until the client accepts its results, or terminated (with a reason) before. */
public enum ProjectStatus {
    PLANNED,
    RUNNING,
    ACCEPTED,
    TERMINATED;

    public boolean isOpen() {
        return this == PLANNED || this == RUNNING;
    }

    public String messageKey() {
        return "research.status." + name();
    }
}
