/**
 * Dockings (对接): a proposal between a need and a capability (or two organisations), answered by the other side, met
 * about, and ended in an agreement drafted in the agreement module, or closed with a reason.
 */
@org.springframework.modulith.NamedInterface("dockings")
package org.ronghe.docking.dockings;
