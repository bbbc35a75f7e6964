package org.ronghe.research.figures;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.research.projects.Output;
import org.ronghe.research.projects.OutputKind;
import org.ronghe.research.projects.Outputs;
import org.ronghe.research.projects.Project;
import org.ronghe.research.projects.ProjectParty;
import org.ronghe.research.projects.ProjectStatus;
import org.ronghe.research.projects.Projects;
import org.ronghe.research.projects.Tranche;
import org.ronghe.research.projects.Tranches;
import org.ronghe.research.transfers.Transfer;
import org.ronghe.research.transfers.Transfers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind each R&D figure, with the figure's own filter, newest first: the projects whose budgets are
 * committed, the tranches declared or confirmed, the outputs, the transfers both sides confirmed. A body selects its
 * records; an organisation those where it is the party the figure counts (budget holder, payer, owner, transferring
 * side). The month is the one the record counts in.
 */
@Component
@Transactional(readOnly = true)
public class ResearchRecords {

    private final Projects projects;
    private final Tranches tranches;
    private final Outputs outputs;
    private final Transfers transfers;

    ResearchRecords(Projects projects, Tranches tranches, Outputs outputs, Transfers transfers) {
        this.projects = projects;
        this.tranches = tranches;
        this.outputs = outputs;
        this.transfers = transfers;
    }

    /** A condition on one record type and the date it counts on (for the month and the order). */
    private interface Where<T> {
        void add(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, List<Predicate> all);
    }

    /** The projects behind the committed money: not terminated, with a budget (the organisation's, when named). */
    public PageResult<Project> projects(RecordFilter filter, int page, int size) {
        CountsOn<Project> startedOrPlanned =
                (root, query, cb) -> cb.coalesce(root.<LocalDate>get("startsOn"), root.<LocalDate>get("plannedOn"));
        return find(projects, filter, page, size, startedOrPlanned, (root, query, cb, all) -> {
            all.add(cb.notEqual(root.get("status"), ProjectStatus.TERMINATED));
            if (filter.bodyId() != null) {
                all.add(cb.equal(root.get("bodyId"), filter.bodyId()));
            }
            Subquery<Long> budgeted = query.subquery(Long.class);
            Root<Project> same = budgeted.from(Project.class);
            Join<Project, ProjectParty> party = same.join("parties");
            List<Predicate> holds = new ArrayList<>(List.of(cb.equal(same, root), cb.isNotNull(party.get("budget"))));
            if (filter.organisationId() != null) {
                holds.add(cb.equal(party.get("organisationId"), filter.organisationId()));
            }
            budgeted.select(same.get("id")).where(holds.toArray(Predicate[]::new));
            all.add(cb.exists(budgeted));
        });
    }

    /**
     * The tranches behind the declared money (not disputed) or, when {@code confirmed}, the confirmed money; an
     * organisation's are those it paid.
     */
    public PageResult<Tranche> tranches(RecordFilter filter, boolean confirmed, int page, int size) {
        return find(tranches, filter, page, size, (root, query, cb) -> root.get("paidOn"), (root, query, cb, all) -> {
            all.add(
                    confirmed
                            ? cb.equal(root.get("status"), Tranche.Status.CONFIRMED)
                            : cb.notEqual(root.get("status"), Tranche.Status.DISPUTED));
            inBody(root, query, cb, all, filter.bodyId());
            if (filter.organisationId() != null) {
                all.add(cb.equal(root.get("payerId"), filter.organisationId()));
            }
        });
    }

    /**
     * The outputs behind the output figures, of a kind when the filter names one; an organisation's are those it owns.
     */
    public PageResult<Output> outputs(RecordFilter filter, int page, int size) {
        OutputKind kind = filter.outputKind();
        return find(
                outputs, filter, page, size, (root, query, cb) -> root.get("recordedOn"), (root, query, cb, all) -> {
                    inBody(root, query, cb, all, filter.bodyId());
                    if (filter.organisationId() != null) {
                        all.add(cb.isMember(filter.organisationId(), root.<List<Long>>get("owners")));
                    }
                    if (kind != null) {
                        all.add(cb.equal(root.get("kind"), kind));
                    }
                });
    }

    /** The transfers both sides confirmed; an organisation's are those it transferred (the from side). */
    public PageResult<Transfer> transfers(RecordFilter filter, int page, int size) {
        return find(
                transfers, filter, page, size, (root, query, cb) -> root.get("contractOn"), (root, query, cb, all) -> {
                    all.add(cb.equal(root.get("status"), Transfer.Status.CONFIRMED));
                    if (filter.bodyId() != null) {
                        all.add(cb.equal(root.get("bodyId"), filter.bodyId()));
                    }
                    if (filter.organisationId() != null) {
                        all.add(cb.equal(root.get("fromId"), filter.organisationId()));
                    }
                });
    }

    /** Tranches and outputs belong to a body through their project. */
    private static <T> void inBody(
            Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, List<Predicate> all, Long bodyId) {
        if (bodyId != null) {
            Subquery<Long> ofBody = query.subquery(Long.class);
            Root<Project> project = ofBody.from(Project.class);
            ofBody.select(project.get("id")).where(cb.equal(project.get("bodyId"), bodyId));
            all.add(root.get("projectId").in(ofBody));
        }
    }

    /** The date a record counts on. */
    private interface CountsOn<T> {
        Expression<LocalDate> of(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb);
    }

    private static <T> PageResult<T> find(
            JpaSpecificationExecutor<T> repository,
            RecordFilter filter,
            int page,
            int size,
            CountsOn<T> countsOn,
            Where<T> where) {
        if (!filter.scoped()) {
            throw new InvalidInput("bodyId", "input.required");
        }
        LocalDate from = filter.from();
        filter.outputKind(); // an unknown kind is refused before any query, whatever the records
        Specification<T> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            where.add(root, query, cb, all);
            Expression<LocalDate> on = countsOn.of(root, query, cb);
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(on, from));
                all.add(cb.lessThan(on, from.plusMonths(1)));
            }
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                query.orderBy(cb.desc(on), cb.desc(root.get("id")));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        int pageNumber = Math.max(page, 0);
        int pageSize = PageResult.clampSize(size);
        Page<T> found = repository.findAll(spec, PageRequest.of(pageNumber, pageSize));
        return new PageResult<>(found.getContent(), pageNumber, pageSize, found.getTotalElements());
    }
}
