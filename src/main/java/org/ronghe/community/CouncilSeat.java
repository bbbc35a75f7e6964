package org.ronghe.community;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation's seat on a council term. */
@Embeddable
public record CouncilSeat(
        Long organisationId,
        @Column(name = "seat") @Enumerated(EnumType.STRING) CouncilPosition position) {}
