package org.ronghe.talent.imports;

import org.ronghe.core.sheets.SheetReader;

/** The columns of a sheet of internship records, in order; the student is found by ID number at the school. */
public enum InternshipColumn {
    ID_NUMBER,
    ENTERPRISE,
    POST,
    MENTOR,
    SUPERVISOR,
    STARTS_ON,
    ENDS_ON;

    String in(SheetReader.Line line) {
        return line.cell(ordinal());
    }

    public String messageKey() {
        return "talent.import.internship.column." + name();
    }

    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
