package org.ronghe.research.transfers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.research.projects.ProjectDraft;

/**
 * A transfer as typed or sent: the body, the project it came from (optional), what was transferred, how, from which
 * organisation to which, the amount (CNY, exact to the fen) and the contract date. {@link #validate()} reports every
 * problem at once.
 */
public record TransferDraft(
        Long bodyId,
        Long projectId,
        String title,
        TransferMode mode,
        Long fromOrganisationId,
        Long toOrganisationId,
        BigDecimal amount,
        LocalDate contractOn) {

    /** @throws InvalidInput listing every problem */
    public TransferDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (bodyId == null) {
            problems.add(new FieldProblem("bodyId", "research.body.required"));
        }
        String cleanTitle = FieldProblem.trimmed(title, "title", 300, problems);
        if (cleanTitle == null) {
            problems.add(new FieldProblem("title", "research.transfer.title-required"));
        }
        if (mode == null) {
            problems.add(new FieldProblem("mode", "research.transfer.mode-required"));
        }
        if (fromOrganisationId == null) {
            problems.add(new FieldProblem("fromOrganisationId", "research.transfer.from-required"));
        }
        if (toOrganisationId == null) {
            problems.add(new FieldProblem("toOrganisationId", "research.transfer.to-required"));
        } else if (toOrganisationId.equals(fromOrganisationId)) {
            problems.add(new FieldProblem("toOrganisationId", "research.transfer.same-sides"));
        }
        if (amount == null) {
            problems.add(new FieldProblem("amount", "research.tranche.amount-required"));
        } else {
            ProjectDraft.amount(amount, "amount", problems);
        }
        if (contractOn == null) {
            problems.add(new FieldProblem("contractOn", "research.transfer.date-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new TransferDraft(
                bodyId, projectId, cleanTitle, mode, fromOrganisationId, toOrganisationId, amount, contractOn);
    }
}
