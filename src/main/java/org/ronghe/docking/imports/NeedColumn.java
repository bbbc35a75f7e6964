package org.ronghe.docking.imports;

/** The columns of a needs sheet, in order; the first row holds the headers and is skipped. */
enum NeedColumn implements SheetColumn {
    ORGANISATION("organisationId"),
    KIND("kind"),
    TITLE("title"),
    DESCRIPTION("description"),
    CURRENT_STATE("currentState"),
    EXPECTED_RESULT("expectedResult"),
    TRAINEES("trainees"),
    HEADCOUNT("headcount"),
    SKILLS("skills"),
    INDUSTRY("industry"),
    REGION("regionCode"),
    BUDGET_MIN("budgetMin"),
    BUDGET_MAX("budgetMax"),
    WANTED_BY("wantedBy"),
    VISIBILITY("visibility");

    private final String field;

    NeedColumn(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
