package org.ronghe.core.imports;

/**
 * Why one cell (or row) of an imported sheet cannot be imported: the sheet row number (as Excel shows it), the column
 * letter, the value as read (only where it may be shown again: never a personal number), and a message key with its
 * arguments.
 */
public record SheetProblem(int row, String column, String value, String code, Object... arguments) {

    /** A problem whose value is not kept. */
    public static SheetProblem of(int row, String column, String code, Object... arguments) {
        return new SheetProblem(row, column, null, code, arguments);
    }

    /** The same problem under another column (a cross-column check names the column the user must fix). */
    public SheetProblem at(String otherColumn) {
        return new SheetProblem(row, otherColumn, value, code, arguments);
    }
}
