package org.ronghe.core;

/** A requested record does not exist (HTTP 404). */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id);
    }
}
