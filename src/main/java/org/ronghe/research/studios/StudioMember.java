package org.ronghe.research.studios;

import jakarta.persistence.Embeddable;

/** A member of a studio as kept: the name sealed with its masked form (the only one shown), the role as typed. */
@Embeddable
public record StudioMember(String nameSealed, String nameMasked, String role) {}
