package org.ronghe.talent.imports;

import org.ronghe.core.sheets.SheetReader;

/**
 * The columns of a student sheet, in order; the first row holds the headers and is skipped. The programme and cohort
 * are chosen for the whole sheet when it is uploaded.
 */
public enum StudentColumn {
    NAME("name"),
    GENDER("gender"),
    ID_NUMBER("idNumber"),
    MOBILE("mobile"),
    MAJOR("major"),
    CLASS_NAME("className"),
    EXPECTED_GRADUATION("expectedGraduation");

    private final String field;

    StudentColumn(String field) {
        this.field = field;
    }

    /** The column of a student detail, for reporting its problems by column. */
    static StudentColumn ofField(String field) {
        for (StudentColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return NAME;
    }

    String in(SheetReader.Line line) {
        return line.cell(ordinal());
    }

    public String messageKey() {
        return "talent.import.column." + name();
    }

    /** The spreadsheet letter of the column: A, B, … */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
