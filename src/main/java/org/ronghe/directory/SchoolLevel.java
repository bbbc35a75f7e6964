package org.ronghe.directory;

/** Level of a vocational school: 中职, 高职专科, 职业本科. */
public enum SchoolLevel {
    SECONDARY,
    HIGHER,
    UNDERGRADUATE;

    public String messageKey() {
        return "organisation.level." + name();
    }
}
