package org.ronghe.core;

/** An operator rebuilt the search index from the database. */
public record SearchIndexRebuilt(long millis) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "search-index.rebuilt";
    }

    @Override
    public String auditSubject() {
        return "search-index";
    }
}
