/**
 * Value types used everywhere (credit code, region code, ID number, phone), Chinese text folding, paging, the embedded
 * database, search analysis and shared web support.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Core",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ronghe.core;
