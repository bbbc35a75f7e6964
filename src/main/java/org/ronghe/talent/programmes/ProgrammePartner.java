package org.ronghe.talent.programmes;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation of the directory taking part in a programme, as a school or as an enterprise. */
@Embeddable
public record ProgrammePartner(
        Long organisationId, @Enumerated(EnumType.STRING) PartnerRole role) {}
