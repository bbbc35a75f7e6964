package org.ronghe.docking.dockings;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * A proposal: a need and a capability (their organisations follow), or two organisations by id (the one with the need
 * and the one offering), with a message to the other side.
 */
public record DockingDraft(
        Long needId, Long capabilityId, Long needOrganisationId, Long offerOrganisationId, String message) {

    /** @throws InvalidInput when neither a need and a capability nor two organisations are named */
    public DockingDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        boolean items = needId != null && capabilityId != null;
        boolean organisations = needOrganisationId != null && offerOrganisationId != null;
        if (!items && !organisations) {
            problems.add(new FieldProblem(needId == null ? "needId" : "capabilityId", "docking.docking.between"));
        }
        String clean = FieldProblem.trimmed(message, "message", 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new DockingDraft(needId, capabilityId, needOrganisationId, offerOrganisationId, clean);
    }
}
