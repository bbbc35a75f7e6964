package org.ronghe.community.roster;

import org.ronghe.core.sheets.SheetReader;

/**
 * The columns of a roster sheet, in order. The first row holds the headers (in any of the platform's languages) and is
 * skipped; columns are recognised by position, as in the template. The status column is written by the export and
 * ignored by the import (imported organisations become members).
 */
enum RosterColumn {
    NAME("name"),
    TYPE("type"),
    LEVEL("schoolLevel"),
    CREDIT_CODE("creditCode"),
    REGION("regionCode"),
    INDUSTRY("industry"),
    WEBSITE("website"),
    CONTACT("contact"),
    JOINED_ON("joinedOn"),
    STATUS("status");

    private final String field;

    RosterColumn(String field) {
        this.field = field;
    }

    /** The column of an organisation draft's field, for reporting its problems by column. */
    static RosterColumn ofField(String field) {
        for (RosterColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return NAME;
    }

    /** This column's cell in a line of the sheet. */
    String in(SheetReader.Line line) {
        return line.cell(ordinal());
    }

    String messageKey() {
        return "roster.column." + name();
    }

    /** The spreadsheet letter of the column: A, B, … */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
