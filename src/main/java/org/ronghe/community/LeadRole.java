package org.ronghe.community;

/** The role of a lead unit (牵头单位). */
public enum LeadRole {
    LEAD_ENTERPRISE,
    LEAD_UNIVERSITY,
    LEAD_VOCATIONAL_SCHOOL,
    LEAD_SCHOOL,
    PARK_ADMINISTRATION;

    public String messageKey() {
        return "lead.role." + name();
    }
}
