package org.ronghe.core.imports;

import java.util.List;
import org.ronghe.core.sheets.SheetReader.Line;

/** Checks the lines of an imported sheet one by one, keeps the valid ones and the problems. */
public interface SheetCheck<V> {

    /** The problems kept for the row report; more are counted, not kept. */
    int MAX_PROBLEMS = 5_000;

    /** How many columns a line has. */
    int width();

    void accept(Line line);

    /** Called once after the last line: a check that works in batches checks the rest. */
    default void finish() {}

    /** The valid rows so far, handed over and forgotten. */
    List<V> takeValid();

    int rows();

    int invalidRows();

    int problemCount();

    List<SheetProblem> problems();
}
