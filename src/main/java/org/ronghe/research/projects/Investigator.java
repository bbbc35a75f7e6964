package org.ronghe.research.projects;

import jakarta.persistence.Embeddable;

/**
 * A principal investigator (负责人) of a project as kept: the party organisation they work for, their name sealed (see
 * {@link ProjectBook#INVESTIGATOR_NAME}) with its masked form, the only one ever shown, and their title (职称) as typed.
 */
@Embeddable
public record Investigator(Long organisationId, String nameSealed, String nameMasked, String title) {

    /** What may be shown of them: the organisation, the masked name and the title. */
    public InvestigatorDraft shown() {
        return new InvestigatorDraft(organisationId, nameMasked, title);
    }
}
