/** Placements: internships with their evaluations, and hires confirmed or disputed by the employer. */
@org.springframework.modulith.NamedInterface("placements")
package org.ronghe.talent.placements;
