package org.ronghe.training.imports;

import org.ronghe.core.sheets.SheetReader;

/**
 * A column of an attendance or certificate sheet: its position (columns are read by position; the header row, in any
 * language, is skipped), its header, and whether it holds a person's name or ID number — whose value a row report never
 * repeats.
 */
interface ImportColumn {

    int ordinal();

    String name();

    /** The column holds a person's name or ID number. */
    boolean personal();

    /** The prefix of the headers' message keys. */
    String keyPrefix();

    default String in(SheetReader.Line line) {
        return line.cell(ordinal());
    }

    default String messageKey() {
        return keyPrefix() + name();
    }

    /** The spreadsheet letter of the column: A, B, … */
    default String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
