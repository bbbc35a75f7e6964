package org.ronghe.research.studios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.research.projects.ProjectDraft;

/** An innovation as typed: title, description (optional), date, and the annual benefit claimed (CNY, 0 or more). */
public record InnovationDraft(String title, String description, LocalDate madeOn, BigDecimal claimedBenefit) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    /**
     * @return the draft with text trimmed
     * @throws InvalidInput listing every problem: title, a date not after {@code today}, a benefit not negative and
     *     exact to the fen
     */
    public InnovationDraft validate(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = FieldProblem.trimmed(title, "title", TITLE_MAX, problems);
        if (cleanTitle == null) {
            problems.add(new FieldProblem("title", "research.innovation.title-required"));
        }
        String cleanDescription = FieldProblem.trimmed(description, "description", DESCRIPTION_MAX, problems);
        if (madeOn == null) {
            problems.add(new FieldProblem("madeOn", "research.innovation.date-required"));
        } else if (madeOn.isAfter(today)) {
            problems.add(new FieldProblem("madeOn", "research.studio.date-in-future"));
        }
        if (claimedBenefit == null) {
            problems.add(new FieldProblem("claimedBenefit", "research.innovation.benefit-required"));
        } else {
            ProjectDraft.amount(claimedBenefit, "claimedBenefit", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new InnovationDraft(cleanTitle, cleanDescription, madeOn, claimedBenefit);
    }
}
