package org.ronghe.core.backup;

import java.time.Instant;

/**
 * One backup: a directory under {@code <data dir>/backups} with {@code manifest.properties}, one gzipped COPY of each
 * table under {@code db/} and a copy of the uploaded files under {@code files/}.
 */
public record Backup(String name, Instant createdAt, int tables, long rows, long bytes) {}
