package org.ronghe.research.web;

import java.util.List;
import org.ronghe.research.projects.Investigator;

/** A principal investigator as the API shows it: the organisation, the name masked (李**), the title. */
record InvestigatorView(Long organisationId, String name, String title) {

    static List<InvestigatorView> of(List<Investigator> investigators) {
        return investigators.stream()
                .map(i -> new InvestigatorView(i.organisationId(), i.nameMasked(), i.title()))
                .toList();
    }
}
