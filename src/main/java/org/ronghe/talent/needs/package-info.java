/** Talent needs (人才需求): what member enterprises ask for, posted and kept by the enterprise or the secretariat. */
@org.springframework.modulith.NamedInterface("needs")
package org.ronghe.talent.needs;
