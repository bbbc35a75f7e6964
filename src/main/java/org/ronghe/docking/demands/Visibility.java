package org.ronghe.docking.demands;

/**
 * Who sees a demand besides those who keep it (the poster's admins, the body's secretariat, platform admins): everyone,
 * the members of its body (their admins, and the body's observers), or nobody else.
 */
public enum Visibility {
    PUBLIC,
    MEMBERS,
    SECRETARIAT
}
