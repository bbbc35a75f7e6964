package org.ronghe.research.transfers;

import java.util.List;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may see and record transfers: platform admins, the secretariat of the transfer's body, the admins of either side;
 * observers of the body read. Used in {@code @PreAuthorize} as {@code @transferAccess}; unknown ids pass (404).
 */
@Component("transferAccess")
public class TransferAccess {

    private final Permissions permissions;
    private final Transfers transfers;

    TransferAccess(Permissions permissions, Transfers transfers) {
        this.permissions = permissions;
        this.transfers = transfers;
    }

    public boolean canRecord(TransferDraft terms) {
        return terms != null
                && permissions.canActIn(
                        terms.bodyId(),
                        java.util.stream.Stream.of(terms.fromOrganisationId(), terms.toOrganisationId())
                                .filter(java.util.Objects::nonNull)
                                .toList());
    }

    public boolean canRead(Long transferId) {
        return transfers
                .findById(transferId)
                .map(t -> permissions.canActIn(t.bodyId(), List.of(t.fromId(), t.toId()))
                        || permissions.canReadBody(t.bodyId()))
                .orElse(true);
    }

    /** A body's list of transfers: its secretariat and observers (and platform admins). */
    public boolean canReadBody(Long bodyId) {
        return bodyId != null && permissions.canReadBody(bodyId);
    }

    /** Acting for a side: its admins, or a platform admin. */
    public boolean canActFor(Long organisationId) {
        return organisationId != null && permissions.canManageOrganisation(organisationId);
    }
}
