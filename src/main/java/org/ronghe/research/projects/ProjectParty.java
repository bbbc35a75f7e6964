package org.ronghe.research.projects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * An organisation taking part in a project, its role, and its share of the budget (CNY, exact to the fen; optional).
 */
@Embeddable
public record ProjectParty(
        Long organisationId, @Enumerated(EnumType.STRING) ProjectRole role, BigDecimal budget) {}
