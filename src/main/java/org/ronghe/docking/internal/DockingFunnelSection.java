package org.ronghe.docking.internal;

import java.util.Optional;
import org.ronghe.core.web.DashboardSection;
import org.ronghe.docking.dockings.DockingAccess;
import org.ronghe.docking.dockings.DockingFunnel;
import org.springframework.stereotype.Component;

/** The docking funnel's figures on a body's dashboard, for those who may read the funnel. */
@Component
class DockingFunnelSection implements DashboardSection {

    private final DockingFunnel funnel;
    private final DockingAccess access;

    DockingFunnelSection(DockingFunnel funnel, DockingAccess access) {
        this.funnel = funnel;
        this.access = access;
    }

    @Override
    public Optional<Panel> panel(Long bodyId) {
        return access.canReadFunnel(bodyId)
                ? Optional.of(new Panel("docking/funnel", funnel.of(bodyId)))
                : Optional.empty();
    }
}
