package org.ronghe.agreement;

/** A party's part in an agreement. */
public enum PartyRole {
    INITIATOR,
    PARTNER,
    FUNDER,
    HOST;

    public String messageKey() {
        return "agreement.role." + name();
    }
}
