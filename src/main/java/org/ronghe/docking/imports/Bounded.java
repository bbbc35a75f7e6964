package org.ronghe.docking.imports;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.imports.SheetCheck;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.sheets.SheetReader.Line;

/**
 * A check that takes at most {@code max} non-blank lines: each line beyond is invalid, and the first of them reported
 * (the sheet is then refused unless only its valid rows are wanted).
 */
final class Bounded<V> implements SheetCheck<V> {

    private final SheetCheck<V> check;
    private final int max;
    private int taken;
    private int beyond;
    private SheetProblem first;

    Bounded(SheetCheck<V> check, int max) {
        this.check = check;
        this.max = max;
    }

    @Override
    public int width() {
        return check.width();
    }

    @Override
    public void accept(Line line) {
        if (line.isBlank()) {
            return;
        }
        if (taken < max) {
            taken++;
            check.accept(line);
            return;
        }
        beyond++;
        if (first == null) {
            first = new SheetProblem(line.number(), "A", null, "docking.import.too-many-rows", new Object[] {max});
        }
    }

    @Override
    public void finish() {
        check.finish();
    }

    @Override
    public List<V> takeValid() {
        return check.takeValid();
    }

    @Override
    public int rows() {
        return check.rows() + beyond;
    }

    @Override
    public int invalidRows() {
        return check.invalidRows() + beyond;
    }

    @Override
    public int problemCount() {
        return check.problemCount() + (first == null ? 0 : 1);
    }

    @Override
    public List<SheetProblem> problems() {
        if (first == null) {
            return check.problems();
        }
        List<SheetProblem> all = new ArrayList<>(check.problems());
        all.add(first);
        return all;
    }
}
