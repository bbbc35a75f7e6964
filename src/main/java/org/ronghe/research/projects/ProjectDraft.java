package org.ronghe.research.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * What a project is, as typed in a form or sent to the API: its body, title, kind, field, the agreement it implements
 * or the docking it came from (optional), its term, its parties and its principal investigators: {@code null} there
 * keeps those a project has (a revision), a list replaces them. {@link #validate()} reports every problem at once.
 */
public record ProjectDraft(
        Long bodyId,
        String title,
        ProjectKind kind,
        String field,
        Long agreementId,
        Long dockingId,
        LocalDate startsOn,
        LocalDate endsOn,
        List<ProjectParty> parties,
        List<InvestigatorDraft> investigators) {

    public static final int TITLE_MAX = 300;
    public static final int FIELD_MAX = 200;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    public ProjectDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
        investigators = investigators == null ? null : List.copyOf(investigators);
    }

    /**
     * @return the draft with text trimmed
     * @throws InvalidInput listing every problem: body, title, kind, term order, parties (a client and a performer, no
     *     organisation twice, budgets not negative and exact to the fen), investigators (at most
     *     {@value InvestigatorDraft#MAX}, each of a party, named)
     */
    public ProjectDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (bodyId == null) {
            problems.add(new FieldProblem("bodyId", "research.body.required"));
        }
        String cleanTitle = FieldProblem.trimmed(title, "title", TITLE_MAX, problems);
        if (cleanTitle == null) {
            problems.add(new FieldProblem("title", "research.title.required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "research.kind.required"));
        }
        String cleanField = FieldProblem.trimmed(field, "field", FIELD_MAX, problems);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "research.term.ends-before-start"));
        }
        checkParties(problems);
        List<InvestigatorDraft> cleanInvestigators = checkInvestigators(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProjectDraft(
                bodyId,
                cleanTitle,
                kind,
                cleanField,
                agreementId,
                dockingId,
                startsOn,
                endsOn,
                parties,
                cleanInvestigators);
    }

    /** The same with the investigators' names masked: what an audit detail may hold. */
    public ProjectDraft masked() {
        return new ProjectDraft(
                bodyId,
                title,
                kind,
                field,
                agreementId,
                dockingId,
                startsOn,
                endsOn,
                parties,
                investigators == null
                        ? null
                        : investigators.stream().map(InvestigatorDraft::masked).toList());
    }

    /** Never an investigator's name in full, should a draft be logged. */
    @Override
    public String toString() {
        return "ProjectDraft[bodyId=" + bodyId + ", title=" + title + ", kind=" + kind + ", parties=" + parties
                + ", investigators=" + investigators + "]";
    }

    private List<InvestigatorDraft> checkInvestigators(List<FieldProblem> problems) {
        if (investigators == null) {
            return null;
        }
        if (investigators.size() > InvestigatorDraft.MAX) {
            problems.add(new FieldProblem("investigators", "research.investigator.too-many", InvestigatorDraft.MAX));
        }
        List<Long> organisations = organisationIds();
        List<InvestigatorDraft> clean = new ArrayList<>();
        for (int i = 0; i < investigators.size(); i++) {
            InvestigatorDraft one = investigators.get(i);
            String at = "investigators[" + i + "]";
            clean.add(
                    one == null
                            ? new InvestigatorDraft(null, null, null).checked(at, organisations, problems)
                            : one.checked(at, organisations, problems));
        }
        return clean;
    }

    /** The organisations taking part, in the draft's order. */
    public List<Long> organisationIds() {
        return parties.stream().map(ProjectParty::organisationId).toList();
    }

    private void checkParties(List<FieldProblem> problems) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            ProjectParty p = parties.get(i);
            String at = "parties[" + i + "]";
            if (p.organisationId() == null) {
                problems.add(new FieldProblem(at + ".organisationId", "research.party.organisation-required"));
            } else if (!seen.add(p.organisationId())) {
                problems.add(new FieldProblem(at + ".organisationId", "research.party.twice"));
            }
            if (p.role() == null) {
                problems.add(new FieldProblem(at + ".role", "research.party.role-required"));
            }
            amount(p.budget(), at + ".budget", problems);
        }
        if (parties.stream().noneMatch(p -> p.role() == ProjectRole.CLIENT)) {
            problems.add(new FieldProblem("parties", "research.party.client-missing"));
        }
        if (parties.stream().noneMatch(p -> p.role() == ProjectRole.PERFORMER)) {
            problems.add(new FieldProblem("parties", "research.party.performer-missing"));
        }
    }

    /** Adds a problem unless the amount is absent or not negative, within {@code numeric(18,2)}, exact to the fen. */
    public static void amount(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "research.amount.range"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "research.amount.fen"));
        }
    }
}
