package org.ronghe.evaluation.frameworks;

import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who writes frameworks: platform admins and evaluating departments (accounts that evaluate some body). Everyone signed
 * in reads them: they are public policy. Used in {@code @PreAuthorize} as {@code @frameworkAccess}.
 */
@Component("frameworkAccess")
public class FrameworkAccess {

    private final Permissions permissions;

    FrameworkAccess(Permissions permissions) {
        this.permissions = permissions;
    }

    public boolean canWrite() {
        return permissions.isPlatformAdmin()
                || !permissions.bodiesAs(Role.EVALUATOR).isEmpty();
    }
}
