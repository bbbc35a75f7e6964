/**
 * Majors against demand (专业与产业匹配度): the schools' majors and their planned places against the enterprises' open talent
 * needs, major by major, for a body or a region.
 */
package org.ronghe.docking.majors;
