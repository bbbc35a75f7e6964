package org.ronghe.talent.programmes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

/**
 * What a programme is: name, kind, the body it runs in, the agreement it implements, major, first intake year and
 * planned size per intake (all optional), its schools and enterprises (at least one of each; coordinators besides), and
 * the talent needs it answers.
 */
public record ProgrammeDraft(
        String name,
        ProgrammeKind kind,
        Long bodyId,
        Long agreementId,
        String major,
        Integer intakeYear,
        Integer plannedSize,
        List<ProgrammePartner> partners,
        List<Long> needIds) {

    public static final int SIZE_MAX = 100_000;

    public ProgrammeDraft {
        partners = partners == null
                ? List.of()
                : partners.stream().filter(Objects::nonNull).toList();
        needIds = needIds == null
                ? List.of()
                : needIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The organisations taking part, schools and enterprises. */
    public List<Long> organisationIds() {
        return partners.stream().map(ProgrammePartner::organisationId).toList();
    }

    public List<Long> organisationIds(PartnerRole role) {
        return partners.stream()
                .filter(p -> p.role() == role)
                .map(ProgrammePartner::organisationId)
                .toList();
    }

    /**
     * The terms as they will be kept.
     *
     * @throws InvalidInput listing every problem found
     */
    public ProgrammeDraft validate() {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = FieldProblem.trimmed(name, "name", 200, problems);
        if (cleanName == null) {
            problems.add(new FieldProblem("name", "input.required"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "input.required"));
        }
        intake(intakeYear, plannedSize, problems);
        partners(problems);
        ProgrammeDraft clean = new ProgrammeDraft(
                cleanName,
                kind,
                bodyId,
                agreementId,
                FieldProblem.trimmed(major, "major", 200, problems),
                intakeYear,
                plannedSize,
                partners,
                needIds);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return clean;
    }

    /** Checks an intake: the year plausible (required for a cohort), the planned size (optional) positive. */
    static void intake(Integer intakeYear, Integer plannedSize, List<FieldProblem> problems) {
        if (intakeYear != null && (intakeYear < 1950 || intakeYear > 2200)) {
            problems.add(new FieldProblem("intakeYear", "input.range", 1950, 2200));
        }
        if (plannedSize != null && (plannedSize < 1 || plannedSize > SIZE_MAX)) {
            problems.add(new FieldProblem("plannedSize", "input.range", 1, SIZE_MAX));
        }
    }

    private void partners(List<FieldProblem> problems) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            ProgrammePartner p = partners.get(i);
            if (p.organisationId() == null || p.role() == null) {
                problems.add(new FieldProblem("partners[" + i + "]", "talent.programme.partner.incomplete"));
            } else if (!seen.add(p.organisationId())) {
                problems.add(new FieldProblem("partners[" + i + "]", "talent.programme.partner.twice"));
            }
        }
        if (organisationIds(PartnerRole.SCHOOL).isEmpty()
                || organisationIds(PartnerRole.ENTERPRISE).isEmpty()) {
            problems.add(new FieldProblem("partners", "talent.programme.partners.both"));
        }
    }
}
