/**
 * The workbench (工作台): the signed-in home. It gathers what every module says waits for the user
 * ({@link org.ronghe.core.work.PendingWork}), the recent activity in the user's bodies and organisations, and the
 * shortcuts of the user's roles; it knows no module's records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.ronghe.workbench;
