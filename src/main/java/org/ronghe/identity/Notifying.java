package org.ronghe.identity;

/** How an account hears of what waits for it by e-mail: each notice as it comes, one digest a day, or never. */
public enum Notifying {
    EACH,
    DAILY,
    NONE;

    public String messageKey() {
        return "notifying." + name();
    }
}
