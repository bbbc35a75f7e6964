package org.ronghe.docking.imports;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.imports.SheetTally;
import org.ronghe.core.sheets.SheetReader.Line;

/**
 * Checks the lines of a needs or capabilities sheet: each cell read ({@link Cells}, {@link Owners}), then the draft by
 * the rules a form obeys, its problems reported by column. Blank lines are skipped.
 */
abstract class DraftCheck<D> extends SheetTally<D> {

    private final SheetColumn[] columns;

    DraftCheck(SheetColumn[] columns) {
        this.columns = columns.clone();
    }

    /** The draft a line makes, its cells' problems added to {@code found}. */
    abstract D parse(Line line, List<SheetProblem> found);

    /** The draft as it will be kept. */
    abstract D validate(D draft);

    @Override
    public int width() {
        return columns.length;
    }

    @Override
    public void accept(Line line) {
        if (line.isBlank()) {
            return;
        }
        List<SheetProblem> found = new ArrayList<>();
        D draft = parse(line, found);
        D valid = null;
        try {
            valid = validate(draft);
        } catch (InvalidInput e) {
            e.problems().stream()
                    .map(p -> Cells.problem(line, column(p.field()), p.code(), p.arguments()))
                    .filter(p -> found.stream().noneMatch(f -> f.column().equals(p.column())))
                    .forEach(found::add);
        }
        tally(found, valid);
    }

    private SheetColumn column(String field) {
        for (SheetColumn column : columns) {
            if (column.field().equals(field)) {
                return column;
            }
        }
        return columns[0];
    }
}
