package org.ronghe.talent;

import java.util.ArrayList;
import java.util.List;
import org.ronghe.talent.StudentImport.Problem;

/** What a {@link SheetCheck} has counted so far: rows, invalid rows, the problems kept and the valid rows waiting. */
abstract class SheetTally<V> implements SheetCheck<V> {

    private final List<Problem> problems = new ArrayList<>();
    private final List<V> valid = new ArrayList<>();
    private int rows;
    private int invalidRows;
    private int problemCount;

    /** Counts one line: valid when nothing was found (then {@code row} is kept), else invalid with its problems. */
    protected void tally(List<Problem> found, V row) {
        rows++;
        if (found.isEmpty()) {
            valid.add(row);
            return;
        }
        invalidRows++;
        problemCount += found.size();
        found.stream().limit(Math.max(0, MAX_PROBLEMS - problems.size())).forEach(problems::add);
    }

    @Override
    public List<V> takeValid() {
        List<V> taken = List.copyOf(valid);
        valid.clear();
        return taken;
    }

    @Override
    public int rows() { return rows; }

    @Override
    public int invalidRows() { return invalidRows; }

    @Override
    public int problemCount() { return problemCount; }

    @Override
    public List<Problem> problems() { return problems; }
}
