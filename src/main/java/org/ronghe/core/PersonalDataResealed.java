package org.ronghe.core;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Personal data was sealed again under the current key (a rotation, ADR 0012): how many rows of each sealed table.
 *
 * @param keyId the key everything is now sealed under
 * @param tables the rows sealed again, by table
 * @param everyRow whether rows already under the key were taken too (their fingerprints recomputed)
 */
public record PersonalDataResealed(String keyId, Map<String, Integer> tables, boolean everyRow)
        implements AuditedEvent {

    /** How many rows were sealed again in all. */
    public int total() {
        return tables.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String auditAction() {
        return "personal-data.resealed";
    }

    @Override
    public String auditSubject() {
        return "personal-data";
    }

    @Override
    public String auditDetail() {
        return "key=" + keyId + "; records=" + total() + (everyRow ? "; every row" : "") + "; "
                + tables.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "));
    }
}
