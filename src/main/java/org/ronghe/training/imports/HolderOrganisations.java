package org.ronghe.training.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ronghe.core.ChineseText;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.directory.BulkRegistration.Known;

/**
 * Reads the holder's organisation of a certificate row as the docking import reads owners: its 统一社会信用代码, or its name as
 * the directory has it (one organisation of that name); blank for none. Each text is looked up once.
 */
final class HolderOrganisations {

    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Za-z]{18}");

    private record Resolved(Long id, String problem, Object argument) {}

    private final BulkRegistration directory;
    private final Map<String, Resolved> seen = new HashMap<>();

    HolderOrganisations(BulkRegistration directory) {
        this.directory = directory;
    }

    Long resolve(Line line, ImportColumn column, List<SheetProblem> found) {
        String text = column.in(line).strip();
        if (text.isEmpty()) {
            return null;
        }
        Resolved r = seen.computeIfAbsent(text, this::lookUp);
        if (r.problem() != null) {
            found.add(Cells.problem(line, column, r.problem(), r.argument()));
        }
        return r.id();
    }

    private Resolved lookUp(String text) {
        if (CREDIT_CODE.matcher(text).matches()) {
            String code = text.toUpperCase(Locale.ROOT);
            Known known =
                    directory.matches(List.of(code), List.of()).byCreditCode().get(code);
            return known == null
                    ? new Resolved(null, "training.certificate.organisation-unknown", null)
                    : new Resolved(known.id(), null, null);
        }
        String name = ChineseText.normalisedName(text);
        List<Known> named =
                directory.matches(List.of(), List.of(name)).byNormalisedName().getOrDefault(name, List.of());
        if (named.size() > 1) {
            return new Resolved(null, "roster.name.ambiguous", named.size());
        }
        return named.isEmpty()
                ? new Resolved(null, "training.certificate.organisation-unknown", null)
                : new Resolved(named.get(0).id(), null, null);
    }
}
