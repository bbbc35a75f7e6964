package org.ronghe.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/**
 * A body's composition by member type, declared beside registered.
 *
 * @param declaredTotal the total the body stated, null when it stated none
 * @param declaredOn when it stated it
 * @param declaredSource where it was stated
 * @param registeredTotal active memberships on the platform, counted live
 * @param rows one row per type present on either side, vocational schools followed by their levels
 */
public record Composition(
        Integer declaredTotal,
        LocalDate declaredOn,
        String declaredSource,
        int registeredTotal,
        List<CompositionRow> rows) {

    static Composition of(Optional<DeclaredComposition> declared, Collection<OrganisationSummary> members) {
        List<CompositionRow> rows = new ArrayList<>();
        List<CompositionCount> counts =
                declared.map(DeclaredComposition::counts).orElse(List.of());
        for (OrganisationType type : OrganisationType.values()) {
            Integer declaredCount = sum(counts, type, null);
            int registered =
                    (int) members.stream().filter(m -> m.type() == type).count();
            if (declaredCount == null && registered == 0) {
                continue;
            }
            rows.add(new CompositionRow(type, null, declaredCount, registered));
            if (type == OrganisationType.VOCATIONAL_SCHOOL) {
                rows.addAll(levelRows(counts, members));
            }
        }
        return new Composition(
                declared.map(DeclaredComposition::total).orElse(null),
                declared.map(DeclaredComposition::declaredOn).orElse(null),
                declared.map(DeclaredComposition::source).orElse(null),
                members.size(),
                rows);
    }

    private static List<CompositionRow> levelRows(
            List<CompositionCount> counts, Collection<OrganisationSummary> members) {
        List<CompositionRow> rows = new ArrayList<>();
        for (SchoolLevel level : SchoolLevel.values()) {
            Integer declaredCount = sum(counts, OrganisationType.VOCATIONAL_SCHOOL, level);
            int registered =
                    (int) members.stream().filter(m -> m.schoolLevel() == level).count();
            if (declaredCount != null || registered > 0) {
                rows.add(new CompositionRow(OrganisationType.VOCATIONAL_SCHOOL, level, declaredCount, registered));
            }
        }
        return rows;
    }

    /** Sum of declared counts for a type (level null: all levels), or null if nothing was declared. */
    private static Integer sum(List<CompositionCount> counts, OrganisationType type, SchoolLevel level) {
        List<CompositionCount> matching = counts.stream()
                .filter(c -> c.memberType() == type)
                .filter(c -> level == null || Objects.equals(c.schoolLevel(), level))
                .toList();
        return matching.isEmpty()
                ? null
                : matching.stream().mapToInt(CompositionCount::count).sum();
    }

    public boolean hasDeclaration() {
        return declaredTotal != null;
    }
}
