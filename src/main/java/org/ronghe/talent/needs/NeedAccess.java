package org.ronghe.talent.needs;

import java.util.List;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may post and change talent needs: platform admins, the secretariat of the body, the admins of the organisation
 * that posted the need. Every signed-in user reads needs (they carry no personal data). Used in {@code @PreAuthorize}
 * as {@code @needAccess}. Unknown ids pass, so that the request answers 404 rather than 403.
 */
@Component("needAccess")
public class NeedAccess {

    private final Permissions permissions;
    private final TalentNeeds needs;

    NeedAccess(Permissions permissions, TalentNeeds needs) {
        this.permissions = permissions;
        this.needs = needs;
    }

    /** Posting a need: the enterprise's admins, or the body's secretariat. */
    public boolean canPost(NeedDraft terms) {
        return terms != null && permissions.canActIn(terms.bodyId(), List.of(terms.organisationId()));
    }

    public boolean canEditNeed(Long needId) {
        return needs.findById(needId)
                .map(n -> permissions.canActIn(n.bodyId(), List.of(n.organisationId())))
                .orElse(true);
    }
}
