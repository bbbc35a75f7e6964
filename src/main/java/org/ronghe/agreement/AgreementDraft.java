package org.ronghe.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * What an agreement says, as typed in a form or sent to the API: title, kind, body and meeting (optional), place, term,
 * and the parties. {@link #validate()} reports every problem at once.
 */
public record AgreementDraft(
        String title,
        AgreementKind kind,
        Long bodyId,
        Long meetingId,
        String place,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        List<Party> parties) {

    public static final int TITLE_MAX = 300;
    public static final int PLACE_MAX = 200;
    public static final int SIGNATORY_MAX = 200;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    public AgreementDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /**
     * @return the terms with text trimmed
     * @throws InvalidInput listing every problem: title, kind, term order, parties (known roles, no organisation twice,
     *     amounts not negative and exact to the fen)
     */
    public AgreementDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = FieldProblem.trimmed(title, "title", TITLE_MAX, problems);
        if (cleanTitle == null) {
            problems.add(new FieldProblem("title", "agreement.title.required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "agreement.kind.required"));
        }
        if (termStartsOn != null && termEndsOn != null && termEndsOn.isBefore(termStartsOn)) {
            problems.add(new FieldProblem("termEndsOn", "agreement.term.ends-before-start"));
        }
        String cleanPlace = FieldProblem.trimmed(place, "place", PLACE_MAX, problems);
        List<Party> cleanParties = parties(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AgreementDraft(
                cleanTitle, kind, bodyId, meetingId, cleanPlace, termStartsOn, termEndsOn, cleanParties);
    }

    private List<Party> parties(List<FieldProblem> problems) {
        Set<Long> seen = new HashSet<>();
        List<Party> clean = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            String field = "parties[" + i + "]";
            if (p.organisationId() == null) {
                problems.add(new FieldProblem(field + ".organisationId", "agreement.party.organisation-required"));
            } else if (!seen.add(p.organisationId())) {
                problems.add(new FieldProblem(field + ".organisationId", "agreement.party.twice"));
            }
            if (p.role() == null) {
                problems.add(new FieldProblem(field + ".role", "agreement.party.role-required"));
            }
            amount(p.committedCash(), field + ".committedCash", problems);
            amount(p.committedInKind(), field + ".committedInKind", problems);
            clean.add(new Party(
                    p.organisationId(),
                    p.role(),
                    FieldProblem.trimmed(p.signatoryTitle(), field + ".signatoryTitle", SIGNATORY_MAX, problems),
                    p.committedCash(),
                    p.committedInKind()));
        }
        return clean;
    }

    /** Not negative, within {@code numeric(18,2)}, exact to the fen. */
    static boolean isAmount(BigDecimal value) {
        return value.signum() >= 0
                && value.compareTo(MAX_AMOUNT) <= 0
                && value.stripTrailingZeros().scale() <= 2;
    }

    private static void amount(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "agreement.amount.range"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "agreement.amount.fen"));
        }
    }
}
