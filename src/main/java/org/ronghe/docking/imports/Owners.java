package org.ronghe.docking.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.core.ChineseText;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.BulkRegistration.Known;

/**
 * Reads the organisation a row is for: its 统一社会信用代码 or its name as the directory has it; a blank cell means the
 * organisation the import was started for. The organisation must be one the importer may post for ({@code allowed};
 * null: any, for a platform admin).
 */
final class Owners {

    private static final java.util.regex.Pattern CREDIT_CODE = java.util.regex.Pattern.compile("[0-9A-Za-z]{18}");

    /** What an organisation cell came to: the organisation, or why not. */
    private record Resolved(Long id, String problem, Object argument) {}

    private final BulkRegistration directory;
    private final Long fallback;
    private final Set<Long> allowed;
    private final Map<String, Resolved> seen = new HashMap<>();

    Owners(BulkRegistration directory, Long fallback, Set<Long> allowed) {
        this.directory = directory;
        this.fallback = fallback;
        this.allowed = allowed == null ? null : Set.copyOf(allowed);
    }

    Long resolve(Line line, SheetColumn column, List<SheetProblem> found) {
        String text = column.in(line).strip();
        if (text.isEmpty() && fallback == null) {
            found.add(Cells.problem(line, column, "input.required"));
            return null;
        }
        Resolved r = text.isEmpty() ? permitted(fallback) : seen.computeIfAbsent(text, this::lookUp);
        if (r.problem() != null) {
            found.add(Cells.problem(line, column, r.problem(), r.argument()));
        }
        return r.id();
    }

    private Resolved lookUp(String text) {
        if (CREDIT_CODE.matcher(text).matches()) {
            Known known = directory
                    .matches(List.of(text.toUpperCase(java.util.Locale.ROOT)), List.of())
                    .byCreditCode()
                    .get(text.toUpperCase(java.util.Locale.ROOT));
            return known == null
                    ? new Resolved(null, "docking.import.organisation.unknown", null)
                    : permitted(known.id());
        }
        String name = ChineseText.normalisedName(text);
        List<Known> named =
                directory.matches(List.of(), List.of(name)).byNormalisedName().getOrDefault(name, List.of());
        if (named.size() > 1) {
            return new Resolved(null, "roster.name.ambiguous", named.size());
        }
        return named.isEmpty()
                ? new Resolved(null, "docking.import.organisation.unknown", null)
                : permitted(named.get(0).id());
    }

    private Resolved permitted(Long id) {
        return allowed == null || allowed.contains(id)
                ? new Resolved(id, null, null)
                : new Resolved(null, "docking.import.organisation.not-allowed", null);
    }
}
