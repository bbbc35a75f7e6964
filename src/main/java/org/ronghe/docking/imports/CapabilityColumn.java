package org.ronghe.docking.imports;

/** The columns of a capabilities sheet, in order; the first row holds the headers and is skipped. */
enum CapabilityColumn implements SheetColumn {
    ORGANISATION("organisationId"),
    KIND("kind"),
    TITLE("title"),
    DESCRIPTION("description"),
    KEYWORDS("keywords"),
    INDUSTRY("industry"),
    REGION("regionCode"),
    READINESS("readinessLevel"),
    PATENT("patentNumber"),
    MAJOR("majorCode"),
    EXPERT("expertName"),
    EXPERT_SHOWN("expertNameShown"),
    PLACES("places");

    private final String field;

    CapabilityColumn(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
