package org.ronghe.community;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation that leads a body, with its role. */
@Embeddable
public record LeadUnit(
        Long organisationId, @Enumerated(EnumType.STRING) LeadRole role) {}
