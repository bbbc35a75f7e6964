package org.ronghe.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/** A promise as typed: which party, what (a measurable target and its unit), once or yearly, due when. */
public record ObligationDraft(
        Long partyId, String description, BigDecimal target, String unit, Obligation.Cadence cadence, LocalDate dueOn) {

    public static final int UNIT_MAX = 20;

    /** @throws InvalidInput listing every problem */
    public ObligationDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (partyId == null) {
            problems.add(new FieldProblem("partyId", "obligation.party.required"));
        }
        String text = FieldProblem.trimmed(description, "description", Obligation.DESCRIPTION_MAX, problems);
        if (text == null) {
            problems.add(new FieldProblem("description", "obligation.description.required"));
        }
        if (target != null && !AgreementDraft.isAmount(target)) {
            problems.add(new FieldProblem("target", "obligation.target.invalid"));
        }
        String cleanUnit = FieldProblem.trimmed(unit, "unit", UNIT_MAX, problems);
        if (dueOn == null) {
            problems.add(new FieldProblem("dueOn", "obligation.due.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ObligationDraft(
                partyId, text, target, cleanUnit, cadence == null ? Obligation.Cadence.ONCE : cadence, dueOn);
    }
}
