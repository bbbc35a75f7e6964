package org.ronghe.core;

import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.search.query.SearchFetchable;
import org.hibernate.search.engine.search.query.SearchResult;

/**
 * One page of results for the API and the pages: the items, the zero-based page number, the page size and the total
 * number of hits, exact or (for broad full-text queries) a lower bound.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public static final int MAX_SIZE = 100;

    /**
     * Full-text queries count hits exactly up to this many; past it the search may skip hits that cannot reach the
     * page, and the total is a lower bound (shown as "1,000+").
     */
    public static final int EXACT_TOTAL_UP_TO = 1_000;

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages() || !totalExact && items.size() == size;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }

    /**
     * Fetches one page of a search query; negative pages count as the first, sizes are clamped. The total is exact
     * unless the query set a total hit count threshold that was exceeded.
     */
    public static <H> PageResult<H> fetch(SearchFetchable<H> query, int page, int size) {
        int pageSize = clampSize(size);
        int pageNumber = Math.max(0, page);
        SearchResult<H> result = query.fetch(pageNumber * pageSize, pageSize);
        return new PageResult<>(
                result.hits(),
                pageNumber,
                pageSize,
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact());
    }

    /** One page of a list already in memory; negative pages count as the first, sizes are clamped. */
    public static <T> PageResult<T> of(List<T> all, int page, int size) {
        int pageSize = clampSize(size);
        int pageNumber = Math.max(0, page);
        int from = (int) Math.min((long) pageNumber * pageSize, all.size());
        return new PageResult<>(
                all.subList(from, Math.min(from + pageSize, all.size())), pageNumber, pageSize, all.size());
    }

    /** Clamps a requested page size to 1..{@value #MAX_SIZE}. */
    public static int clampSize(int size) {
        return Math.max(1, Math.min(MAX_SIZE, size));
    }
}
