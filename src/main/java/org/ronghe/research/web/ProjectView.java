package org.ronghe.research.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectKind;
import org.ronghe.research.projects.ProjectParty;
import org.ronghe.research.projects.ProjectStatus;
import org.ronghe.research.projects.Tranche;

/**
 * A project as the API shows it, with its money: committed (the parties' budgets), declared by payers (not disputed),
 * and confirmed by payees; its principal investigators with their names masked.
 */
record ProjectView(
        Long id,
        Long bodyId,
        String title,
        ProjectKind kind,
        String field,
        Long agreementId,
        Long dockingId,
        LocalDate startsOn,
        LocalDate endsOn,
        ProjectStatus status,
        String terminationReason,
        List<ProjectParty> parties,
        List<InvestigatorView> investigators,
        BigDecimal committed,
        BigDecimal declared,
        BigDecimal confirmed,
        long version) {

    static ProjectView of(Project p, List<Tranche> tranches) {
        return new ProjectView(
                p.id(),
                p.bodyId(),
                p.title(),
                p.kind(),
                p.field(),
                p.agreementId().orElse(null),
                p.dockingId().orElse(null),
                p.startsOn(),
                p.endsOn(),
                p.status(),
                p.terminationReason(),
                p.parties(),
                InvestigatorView.of(p.investigators()),
                p.committed(),
                sum(tranches, Tranche.Status.DECLARED, Tranche.Status.CONFIRMED),
                sum(tranches, Tranche.Status.CONFIRMED),
                p.version());
    }

    private static BigDecimal sum(List<Tranche> tranches, Tranche.Status... counted) {
        List<Tranche.Status> statuses = List.of(counted);
        return tranches.stream()
                .filter(t -> statuses.contains(t.status()))
                .map(Tranche::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
