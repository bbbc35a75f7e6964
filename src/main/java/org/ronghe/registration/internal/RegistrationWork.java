package org.ronghe.registration.internal;

import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.core.work.PendingWork;
import org.ronghe.core.work.WorkItem;
import org.ronghe.core.work.WorkQueue;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.registration.Registration;
import org.ronghe.registration.SelfRegistration;
import org.springframework.stereotype.Component;

/** Registrations waiting for the platform admin, or for the secretariat of the body they name. */
@Component
class RegistrationWork implements PendingWork {

    private final SelfRegistration registrations;
    private final Permissions permissions;

    private final java.time.Clock clock;

    RegistrationWork(SelfRegistration registrations, Permissions permissions, java.time.Clock clock) {
        this.registrations = registrations;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Override
    public List<WorkQueue> forCurrentUser() {
        if (!permissions.isPlatformAdmin()
                && permissions.bodiesAs(Role.SECRETARIAT).isEmpty()) {
            return List.of();
        }
        PageResult<Registration> pending = registrations.page(Registration.Status.PENDING, 0, WorkQueue.SHOWN);
        List<WorkItem> items = pending.items().stream()
                .map(r -> new WorkItem(
                        r.organisationName(),
                        r.creditCode(),
                        "/registrations/" + r.id(),
                        java.time.LocalDate.ofInstant(r.createdAt(), clock.getZone())))
                .toList();
        return List.of(new WorkQueue(
                "work.registrations", WorkQueue.Kind.TO_DO, pending.total(), "/registrations?status=PENDING", items));
    }
}
