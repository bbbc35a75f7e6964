package org.ronghe.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code where} clause of a list's query, built from optional filters: a condition counts only when its value is
 * given. Words of a search are folded like the stored search text (simplified, half-width, lower case) and each must
 * occur.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code sql} (with one {@code ?}) when the value is not null. */
    public SqlWhere and(String sql, Object value) {
        if (value != null) {
            conditions.add(sql);
            params.add(value);
        }
        return this;
    }

    /** Adds {@code sql} with its parameters when the condition holds. */
    public SqlWhere when(boolean condition, String sql, Object... sqlParams) {
        if (condition) {
            conditions.add(sql);
            params.addAll(List.of(sqlParams));
        }
        return this;
    }

    /** Every word of {@code query} must occur in {@code column}, which holds {@link #searchable} text. */
    public SqlWhere words(String column, String query) {
        if (query != null && !query.isBlank()) {
            for (String word : searchable(query).strip().split("\\s+")) {
                containing(column + " like ?", word);
            }
        }
        return this;
    }

    /** Adds {@code sql} (with one {@code like} or {@code ilike} parameter) matching the text anywhere, when given. */
    public SqlWhere containing(String sql, String text) {
        return text == null || text.isBlank()
                ? this
                : and(sql, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    /** Text as a search column keeps it: the parts joined by spaces, simplified, half-width, lower case. */
    public static String searchable(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        return ChineseText.toSimplified(ChineseText.foldWidth(text.toString())).toLowerCase();
    }

    /**
     * {@code column = ?} with the one id, or {@code column = any(?)} with an array of several: PostgreSQL reads an
     * index on {@code (column, x)} in order of {@code x} only for one value, which is what most users have (one body,
     * one unit).
     */
    public static Condition oneOf(String column, List<Long> ids) {
        return ids.size() == 1
                ? new Condition(column + " = ?", ids.get(0))
                : new Condition(column + " = any(?)", ids.toArray(Long[]::new));
    }

    /** A condition with one parameter. */
    public record Condition(String sql, Object value) {}

    /** {@code " where …"}, or nothing when no filter was given. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The parameters of the clause, in order; a copy the caller may extend (for limit and offset). */
    public List<Object> params() {
        return new ArrayList<>(params);
    }
}
