/**
 * Studios (劳模创新工作室, 技能大师工作室, 职工创新工作室) hosted by a member of a body: their members, the innovations they record (whose
 * benefit counts once the body's secretariat confirms it) and the training they give; seeded by the demo.
 */
@org.springframework.modulith.NamedInterface("studios")
package org.ronghe.research.studios;
