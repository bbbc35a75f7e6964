/** Accounts, roles and their scope, login, password policy, lockout and personal access tokens. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.ronghe.identity;
