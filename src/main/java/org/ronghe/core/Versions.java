package org.ronghe.core;

import jakarta.persistence.OptimisticLockException;

/**
 * The check behind "someone else saved this meanwhile": a command carries the version its author read, and is refused
 * when the record has moved on (HTTP 409, or the conflict message on a page).
 */
public final class Versions {

    private Versions() {}

    /** @throws OptimisticLockException when the record's version is not the one the caller read */
    public static void require(String what, Object id, long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException(what + " " + id + " changed since version " + expected);
        }
    }

    /**
     * The version a change names as the one it was based on, which every change must name.
     *
     * @throws InvalidInput ({@code version.required}) when none was given
     */
    public static long read(Long version) {
        if (version == null) {
            throw new InvalidInput("version", "version.required");
        }
        return version;
    }
}
