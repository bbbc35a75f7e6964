package org.ronghe.docking.products;

import java.util.List;
import org.ronghe.community.Community;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who keeps core products: platform admins, the organisation's admins, and the secretariat of a body it is an active
 * member of. Every signed-in user reads them. Used in {@code @PreAuthorize} as {@code @coreProductAccess}; unknown ids
 * pass, so that the request answers 404 rather than 403.
 */
@Component("coreProductAccess")
public class CoreProductAccess {

    private final Permissions permissions;
    private final CoreProducts products;
    private final Community community;

    CoreProductAccess(Permissions permissions, CoreProducts products, Community community) {
        this.permissions = permissions;
        this.products = products;
        this.community = community;
    }

    public boolean canKeep(Long organisationId) {
        return organisationId != null
                && (permissions.canManageOrganisation(organisationId)
                        || community.bodiesOf(List.of(organisationId)).stream().anyMatch(permissions::canManageBody));
    }

    public boolean canEdit(Long productId) {
        return products.findById(productId)
                .map(p -> canKeep(p.organisationId()))
                .orElse(true);
    }
}
