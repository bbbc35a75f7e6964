package org.ronghe.core;

/** Thrown when a node has as much background work as it takes; the API answers 503 with Retry-After, pages say so. */
public class Busy extends RuleBroken {

    public Busy(String code, Object... arguments) {
        super(code, arguments);
    }
}
