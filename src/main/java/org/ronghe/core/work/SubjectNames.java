package org.ronghe.core.work;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module calls its records, for the audit trail and the workbench's recent activity: {@code agreement:7} reads
 * 协议 校企合作框架协议 rather than 协议 7. Only records that have a name without personal data answer (never a student's).
 */
public interface SubjectNames {

    /**
     * The names of the given ids of one kind of subject ({@code agreement}, {@code body}, …); unknown kinds or ids are
     * left out.
     */
    Map<String, String> names(String kind, Collection<String> ids);

    /**
     * Runs {@code select id, name from … where id = any(?)} for the numeric ids among the given ones: what most
     * implementations do.
     */
    static Map<String, String> lookUp(JdbcClient jdbc, String sql, Collection<String> ids) {
        Long[] numeric = ids.stream()
                .filter(i -> !i.isEmpty() && i.length() < 19 && i.chars().allMatch(Character::isDigit))
                .map(Long::valueOf)
                .toArray(Long[]::new);
        return jdbc
                .sql(sql)
                .param(numeric)
                .query((r, n) -> Map.entry(Long.toString(r.getLong(1)), r.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
