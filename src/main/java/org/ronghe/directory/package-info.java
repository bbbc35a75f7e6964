/** Organisations (member units): each exists once and may join many bodies. */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.ronghe.directory;
