package org.ronghe.agreement;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** A document of an agreement (the signed scan, an annex): its stored file, a title, who uploaded it and when. */
@Embeddable
public record AgreementDocument(UUID fileId, String title, Instant uploadedAt, String uploadedBy) {

    public static final int TITLE_MAX = 200;
}
