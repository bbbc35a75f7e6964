/**
 * Agreements (协议) between organisations of the directory, optionally within a body: their parties and what each
 * commits, and their life from draft to signed, in force, completed, terminated or expired.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package org.ronghe.agreement;
