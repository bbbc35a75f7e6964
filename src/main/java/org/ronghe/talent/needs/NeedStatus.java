package org.ronghe.talent.needs;

/** Whether a talent need still looks for people: open, filled, or closed without being filled. */
public enum NeedStatus {
    OPEN,
    FILLED,
    CLOSED;

    public String messageKey() {
        return "talent.need.status." + name();
    }
}
