package org.ronghe.talent.internal;

import org.ronghe.directory.OrganisationEvents.OrganisationRevised;
import org.ronghe.talent.placements.HireBook;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an organisation is revised in the directory, its hires are placed again (local, in the province). */
@Component
class HirePlaces {

    private final HireBook hires;

    HirePlaces(HireBook hires) {
        this.hires = hires;
    }

    @EventListener
    void on(OrganisationRevised revised) {
        hires.placeAgain(revised.organisationId());
    }
}
