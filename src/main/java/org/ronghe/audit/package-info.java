/** The append-only audit trail: one record per write, login, failed login and access denial. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.ronghe.audit;
