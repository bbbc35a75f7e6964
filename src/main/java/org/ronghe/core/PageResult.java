package org.ronghe.core;

import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.search.query.SearchFetchable;
import org.hibernate.search.engine.search.query.SearchResult;

/**
 * One page of results for the API and the pages: the items, the zero-based page number, the page
 * size and the total number of hits.
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Fetches one page of a search query; negative pages count as the first, sizes are clamped. */
    public static <H> PageResult<H> fetch(SearchFetchable<H> query, int page, int size) {
        int pageSize = clampSize(size);
        int pageNumber = Math.max(0, page);
        SearchResult<H> result = query.fetch(pageNumber * pageSize, pageSize);
        return new PageResult<>(result.hits(), pageNumber, pageSize, result.total().hitCount());
    }

    /** Clamps a requested page size to 1..{@value #MAX_SIZE}. */
    public static int clampSize(int size) {
        return Math.max(1, Math.min(MAX_SIZE, size));
    }
}
