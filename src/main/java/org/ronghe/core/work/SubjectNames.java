package org.ronghe.core.work;

import java.util.Collection;
import java.util.Map;

/**
 * What a module calls its records, for the audit trail and the workbench's recent activity: {@code agreement:7} reads
 * 协议 校企合作框架协议 rather than 协议 7. Only records that have a name without personal data answer (never a
 * student's).
 */
public interface SubjectNames {

    /** The names of the given ids of one kind of subject ({@code agreement}, {@code body}, …); unknown kinds or ids are
     *  left out. */
    Map<String, String> names(String kind, Collection<String> ids);

    /** The numeric ids among the given ones, for lookups by primary key. */
    static Long[] numeric(Collection<String> ids) {
        return ids.stream().filter(i -> !i.isEmpty() && i.length() < 19 && i.chars().allMatch(Character::isDigit))
                .map(Long::valueOf).toArray(Long[]::new);
    }
}
