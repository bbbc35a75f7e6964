package org.ronghe.talent.programmes;

/**
 * What an organisation is in a programme: a school that teaches, an enterprise that trains and hires, or a coordinator
 * (a talent centre, an association, a department) that organises.
 */
public enum PartnerRole {
    SCHOOL,
    ENTERPRISE,
    COORDINATOR;

    public String messageKey() {
        return "talent.partner.role." + name();
    }
}
