package org.ronghe.core.files;

import java.time.Instant;
import java.util.UUID;

/** An uploaded file: what it is, how big, its SHA-256, when and by whom it came. */
public record StoredFile(
        UUID id,
        String originalName,
        FileKind kind,
        long sizeBytes,
        String sha256,
        String relativePath,
        Instant uploadedAt,
        String uploadedBy) {}
