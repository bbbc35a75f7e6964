/**
 * Needs to dock (需求清单: 技术需求, 培训需求, 服务需求), called demands in the code so as not to be confused with talent needs; posted
 * by a member's admins or a body's secretariat, seen as their visibility allows.
 */
@org.springframework.modulith.NamedInterface("demands")
package org.ronghe.docking.demands;
