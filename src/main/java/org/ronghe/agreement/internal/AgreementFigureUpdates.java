package org.ronghe.agreement.internal;

import org.ronghe.agreement.AgreementEvents.AgreementChanged;
import org.ronghe.agreement.AgreementFigures;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After every change of an agreement or its obligations, the dashboard's figures count the agreement again. */
@Component
class AgreementFigureUpdates {

    private final AgreementFigures figures;

    AgreementFigureUpdates(AgreementFigures figures) {
        this.figures = figures;
    }

    @EventListener
    void on(AgreementChanged change) {
        figures.recount(change.agreementId());
    }
}
