package org.ronghe.docking.demands;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.Industry;

/**
 * What a member needs: the kind, a title and the problem ({@code description}); for technology the current state and
 * the expected result, for training who, how many and which skills; the industry (GB/T 4754, {@code C32} or
 * {@code 32}), the region (行政区划代码), a budget range in yuan (exact, at most two decimals), a date wanted by, and who may
 * see it. {@code bodyId} null posts it platform-wide (then it is public). Visibility defaults to the body's members, or
 * public.
 */
public record DemandDraft(
        Long bodyId,
        Long organisationId,
        DemandKind kind,
        String title,
        String description,
        String currentState,
        String expectedResult,
        String trainees,
        Integer headcount,
        String skills,
        String industry,
        String regionCode,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        LocalDate wantedBy,
        Visibility visibility) {

    public static final BigDecimal BUDGET_MAX = new BigDecimal("1000000000000");
    public static final int HEADCOUNT_MAX = 1_000_000;

    /**
     * The draft as it will be kept (text stripped, blanks null, codes in their canonical form).
     *
     * @throws InvalidInput listing every problem found
     */
    public DemandDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        required(organisationId, "organisationId", problems);
        required(kind, "kind", problems);
        String cleanTitle = FieldProblem.trimmed(title, "title", 200, problems);
        required(cleanTitle, "title", problems);
        String cleanDescription = FieldProblem.trimmed(description, "description", 4000, problems);
        required(cleanDescription, "description", problems);
        if (headcount != null && (headcount < 1 || headcount > HEADCOUNT_MAX)) {
            problems.add(new FieldProblem("headcount", "input.range", 1, HEADCOUNT_MAX));
        }
        budget(problems);
        Visibility seen = visibility(problems);
        DemandDraft clean = new DemandDraft(
                bodyId,
                organisationId,
                kind,
                cleanTitle,
                cleanDescription,
                FieldProblem.trimmed(currentState, "currentState", 2000, problems),
                FieldProblem.trimmed(expectedResult, "expectedResult", 2000, problems),
                FieldProblem.trimmed(trainees, "trainees", 200, problems),
                headcount,
                FieldProblem.trimmed(skills, "skills", 1000, problems),
                Industry.checked(industry, "industry", problems),
                RegionCode.checked(regionCode, "regionCode", problems),
                budgetMin,
                budgetMax,
                wantedBy,
                seen);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clean;
    }

    /** The industry as kept: the section letter followed by the division, if any ({@code C32}). */
    public Industry industryCode() {
        return industry == null ? null : Industry.parse(industry);
    }

    private void budget(List<FieldProblem> problems) {
        amount(budgetMin, "budgetMin", problems);
        amount(budgetMax, "budgetMax", problems);
        if (budgetMin != null && budgetMax != null && budgetMax.compareTo(budgetMin) < 0) {
            problems.add(new FieldProblem("budgetMax", "docking.demand.budget.order"));
        }
    }

    private static void amount(BigDecimal amount, String field, List<FieldProblem> problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0 || amount.compareTo(BUDGET_MAX) > 0) {
            problems.add(new FieldProblem(field, "docking.demand.budget.range"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "docking.demand.budget.cents"));
        }
    }

    private Visibility visibility(List<FieldProblem> problems) {
        Visibility seen = visibility != null ? visibility : bodyId == null ? Visibility.PUBLIC : Visibility.MEMBERS;
        if (bodyId == null && seen != Visibility.PUBLIC) {
            problems.add(new FieldProblem("visibility", "docking.demand.visibility.body"));
        }
        return seen;
    }

    private static void required(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "input.required"));
        }
    }
}
