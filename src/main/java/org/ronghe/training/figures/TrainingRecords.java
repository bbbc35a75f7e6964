package org.ronghe.training.figures;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Lists the records behind a figure: the completions (enrolments both sides confirmed) or the certificates that the
 * filter selects, newest first. Enterprise and provider filter the enrolment's parties; for certificates they stand for
 * the holder's organisation and the issuer.
 */
public final class TrainingRecords {

    private TrainingRecords() {}

    /** The completions a figure counts. */
    public static <T> PageResult<T> completions(
            JpaSpecificationExecutor<T> repository, RecordFilter filter, int page, int size) {
        return find(repository, filter, "completedOn", "enterpriseId", "providerId", page, pageSize(size), true);
    }

    /** The certificates a figure counts (those counted in a body when the filter names one). */
    public static <T> PageResult<T> certificates(
            JpaSpecificationExecutor<T> repository, RecordFilter filter, int page, int size) {
        return find(repository, filter, "issuedOn", "holderOrganisationId", "issuerId", page, pageSize(size), false);
    }

    /** The most rows one export writes; a larger selection is refused with a hint to narrow it, never cut short. */
    public static final int EXPORT_MAX = 100_000;

    private static final int EXPORT_CHUNK = 2_000;

    /** Every completion the filter selects, for an export. @throws InvalidInput when more than {@link #EXPORT_MAX} */
    public static <T> List<T> allCompletions(JpaSpecificationExecutor<T> repository, RecordFilter filter) {
        return all(page ->
                find(repository, filter, "completedOn", "enterpriseId", "providerId", page, EXPORT_CHUNK, true));
    }

    /** Every certificate the filter selects, for an export. @throws InvalidInput when more than {@link #EXPORT_MAX} */
    public static <T> List<T> allCertificates(JpaSpecificationExecutor<T> repository, RecordFilter filter) {
        return all(page ->
                find(repository, filter, "issuedOn", "holderOrganisationId", "issuerId", page, EXPORT_CHUNK, false));
    }

    private static int pageSize(int asked) {
        return Math.min(Math.max(asked, 1), PageResult.MAX_SIZE);
    }

    private static <T> List<T> all(java.util.function.IntFunction<PageResult<T>> pages) {
        PageResult<T> first = pages.apply(0);
        if (first.total() > EXPORT_MAX) {
            throw new InvalidInput("month", "training.export.too-many", EXPORT_MAX);
        }
        List<T> rows = new ArrayList<>(first.items());
        for (int page = 1; page < first.totalPages(); page++) {
            rows.addAll(pages.apply(page).items());
        }
        return rows;
    }

    private static <T> PageResult<T> find(
            JpaSpecificationExecutor<T> repository,
            RecordFilter filter,
            String dateField,
            String enterpriseField,
            String providerField,
            int page,
            int size,
            boolean training) {
        if (!filter.scoped()) {
            throw new InvalidInput("bodyId", "input.required");
        }
        filter.from(); // an unreadable month is refused before any query
        Specification<T> where = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.isNotNull(root.get(dateField)));
            if (filter.bodyId() != null) {
                all.add(cb.equal(root.get("bodyId"), filter.bodyId()));
            }
            if (filter.enterpriseId() != null) {
                all.add(cb.equal(root.get(enterpriseField), filter.enterpriseId()));
            }
            if (filter.providerId() != null) {
                all.add(cb.equal(root.get(providerField), filter.providerId()));
            }
            if (filter.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get(dateField), filter.from()));
                all.add(cb.lessThan(root.get(dateField), filter.until()));
            }
            if (filter.kind() != null && !filter.kind().isBlank()) {
                all.add(cb.equal(root.get("kind"), kind(root.get("kind").getJavaType(), filter.kind())));
            }
            if (!training) {
                all.add(cb.isNotNull(root.get("bodyId")));
            }
            if (!training && filter.level() != null) {
                all.add(
                        filter.level().isBlank()
                                ? cb.isNull(root.get("level"))
                                : cb.equal(root.get("level"), filter.level()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Page<T> found = repository.findAll(
                where,
                PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc(dateField), Sort.Order.desc("id"))));
        return new PageResult<>(found.getContent(), Math.max(page, 0), size, found.getTotalElements());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object kind(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "training.records.kind-unknown");
        }
    }
}
