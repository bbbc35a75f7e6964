package org.ronghe.talent;

import java.util.List;
import org.ronghe.core.sheets.SheetReader.Line;
import org.ronghe.talent.StudentImport.Problem;

/** Checks the lines of an imported sheet one by one, keeps the valid ones and the problems (never the values). */
interface SheetCheck<V> {

    int MAX_PROBLEMS = 5_000;

    /** How many columns a line has. */
    int width();

    void accept(Line line);

    /** The valid rows so far, handed over and forgotten. */
    List<V> takeValid();

    int rows();

    int invalidRows();

    int problemCount();

    List<Problem> problems();
}
