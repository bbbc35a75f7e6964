/**
 * Self-registration: a unit registers itself (统一社会信用代码 checked, business-licence scan, contact person) with its first
 * admin account, which stays disabled until a platform admin, or the secretariat of the body the unit names, verifies
 * the unit. Then the unit is in the directory and the account is its admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration")
package org.ronghe.registration;
