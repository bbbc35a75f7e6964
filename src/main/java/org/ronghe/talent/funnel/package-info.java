/** The funnel: enrolled, interned, offered, hired (locally, in the province), counted from confirmed records. */
@org.springframework.modulith.NamedInterface("funnel")
package org.ronghe.talent.funnel;
