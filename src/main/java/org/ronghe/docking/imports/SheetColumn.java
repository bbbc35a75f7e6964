package org.ronghe.docking.imports;

import org.ronghe.core.sheets.SheetReader;

/**
 * A column of a needs or capabilities sheet: its position, the field of the draft it fills (so that the draft's
 * problems are reported by column) and its header. Columns of the same name share their header.
 */
interface SheetColumn {

    int ordinal();

    String name();

    String field();

    default String in(SheetReader.Line line) {
        return line.cell(ordinal());
    }

    default String messageKey() {
        return "docking.import.column." + name();
    }

    /** The spreadsheet letter of the column: A, B, … */
    default String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
