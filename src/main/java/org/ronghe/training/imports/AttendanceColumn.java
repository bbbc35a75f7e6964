package org.ronghe.training.imports;

/** The columns of an attendance list, in order: 班次编号 · 身份证号 · 出勤学时 · 结果. */
enum AttendanceColumn implements ImportColumn {
    SESSION,
    ID_NUMBER,
    HOURS,
    RESULT;

    @Override
    public boolean personal() {
        return this == ID_NUMBER;
    }

    @Override
    public String keyPrefix() {
        return "training.import.attendance.column.";
    }
}
