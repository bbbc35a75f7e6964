package org.ronghe.community;

import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/**
 * One line of a body's composition: a member type (or a school level within vocational schools) with the count the body
 * declared, if any, and the count registered on the platform.
 */
public record CompositionRow(OrganisationType type, SchoolLevel level, Integer declared, int registered) {

    public boolean levelRow() {
        return level != null;
    }

    public String labelKey() {
        return level == null ? type.messageKey() : level.messageKey();
    }
}
