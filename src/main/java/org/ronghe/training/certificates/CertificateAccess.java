package org.ronghe.training.certificates;

import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who records and reads certificates: the issuer's admins record; they and the admins of the holder's enterprise or
 * school read (and platform admins). Anyone verifies a number. Used in {@code @PreAuthorize} as
 * {@code @certificateAccess}; unknown ids pass (404).
 */
@Component("certificateAccess")
public class CertificateAccess {

    private final Permissions permissions;
    private final Certificates certificates;

    CertificateAccess(Permissions permissions, Certificates certificates) {
        this.permissions = permissions;
        this.certificates = certificates;
    }

    public boolean canRecord(CertificateDraft draft) {
        return draft != null
                && draft.issuerOrganisationId() != null
                && permissions.canManageOrganisation(draft.issuerOrganisationId());
    }

    public boolean canRead(Long id) {
        return certificates
                .findById(id)
                .map(c -> permissions.canManageOrganisation(c.issuerId())
                        || (c.holderOrganisationId() != null
                                && permissions.canManageOrganisation(c.holderOrganisationId())))
                .orElse(true);
    }

    public boolean canListIssued(Long issuerId) {
        return issuerId != null && permissions.canManageOrganisation(issuerId);
    }
}
