package org.ronghe.agreement;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One party's signature: the day and place it signed, the signatory's position, who recorded it and when. A party's
 * admin records its own; a body's secretariat may record one on a party's behalf only with the signed scan
 * ({@code onBehalf}, {@code scanFileId}), and the page shows it as such.
 */
@Embeddable
public record Signature(
        Long organisationId,
        LocalDate signedOn,
        String place,
        String signatoryPosition,
        String recordedBy,
        Instant recordedAt,
        boolean onBehalf,
        UUID scanFileId) {

    public static final int TEXT_MAX = 200;
}
