package org.ronghe.core.imports;

import java.util.ArrayList;
import java.util.List;

/** What a {@link SheetCheck} has counted so far: rows, invalid rows, the problems kept and the valid rows waiting. */
public abstract class SheetTally<V> implements SheetCheck<V> {

    private final List<SheetProblem> problems = new ArrayList<>();
    private final List<V> valid = new ArrayList<>();
    private final int problemsKept;
    private int rows;
    private int invalidRows;
    private int problemCount;

    protected SheetTally() {
        this(MAX_PROBLEMS);
    }

    /** A tally that keeps the first {@code problemsKept} problems (all are counted). */
    protected SheetTally(int problemsKept) {
        this.problemsKept = problemsKept;
    }

    /** Counts one line: valid when nothing was found (then {@code row} is kept), else invalid with its problems. */
    protected void tally(List<SheetProblem> found, V row) {
        read();
        judged(found, row);
    }

    /** Counts a line read, for a check that judges lines later, in batches ({@link #judged}). */
    protected void read() {
        rows++;
    }

    /** Counts a line judged: valid when nothing was found (then {@code row} is kept), else invalid. */
    protected void judged(List<SheetProblem> found, V row) {
        if (found.isEmpty()) {
            valid.add(row);
            return;
        }
        invalidRows++;
        problemCount += found.size();
        found.stream().limit(Math.max(0, problemsKept - problems.size())).forEach(problems::add);
    }

    @Override
    public List<V> takeValid() {
        List<V> taken = List.copyOf(valid);
        valid.clear();
        return taken;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int invalidRows() {
        return invalidRows;
    }

    @Override
    public int problemCount() {
        return problemCount;
    }

    @Override
    public List<SheetProblem> problems() {
        return problems;
    }
}
