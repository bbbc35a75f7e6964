package org.ronghe.training.courses;

/** 线下, 线上, 线上线下结合. */
public enum TrainingMode {
    ONSITE,
    ONLINE,
    BLENDED;

    public String messageKey() {
        return "training.mode." + name();
    }
}
