package org.ronghe.community;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/** How many members of one type (and, for vocational schools, level) a body has. */
@Embeddable
public record CompositionCount(
        @Enumerated(EnumType.STRING) OrganisationType memberType,
        @Enumerated(EnumType.STRING) SchoolLevel schoolLevel,
        @Column(name = "member_count") int count) {}
