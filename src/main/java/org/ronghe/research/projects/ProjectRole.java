package org.ronghe.research.projects;

/** A party's part in a project: the client (委托方) who accepts the results, the performer, a co-performer. */
public enum ProjectRole {
    CLIENT,
    PERFORMER,
    CO_PERFORMER;

    public String messageKey() {
        return "research.role." + name();
    }
}
