package org.ronghe.talent.needs;

/** The level a post needs: 中职, 高职 (专科) or 本科. */
public enum EducationLevel {
    SECONDARY_VOCATIONAL,
    HIGHER_VOCATIONAL,
    UNDERGRADUATE;

    public String messageKey() {
        return "talent.level." + name();
    }
}
