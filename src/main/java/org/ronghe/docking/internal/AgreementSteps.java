package org.ronghe.docking.internal;

import org.ronghe.agreement.AgreementEvents.AgreementInForce;
import org.ronghe.agreement.AgreementEvents.AgreementSigned;
import org.ronghe.docking.dockings.DockingBook;
import org.ronghe.docking.dockings.DockingStep.Action;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An agreement drafted from a docking was signed or came into force: the docking records it (the funnel counts it). */
@Component
class AgreementSteps {

    private final DockingBook dockings;

    AgreementSteps(DockingBook dockings) {
        this.dockings = dockings;
    }

    @EventListener
    void on(AgreementSigned event) {
        dockings.agreementReached(event.agreementId(), Action.AGREEMENT_SIGNED);
    }

    @EventListener
    void on(AgreementInForce event) {
        dockings.agreementReached(event.agreementId(), Action.AGREEMENT_IN_FORCE);
    }
}
