package org.ronghe.community;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A stored file (see {@code core.files.FileStore}) attached to a meeting or a charter, with its name. */
@Embeddable
public record Document(
        @Column(name = "file_id") UUID fileId,
        @Column(name = "file_name") String name) {}
