/**
 * The talent pipeline (人才链): talent needs posted by member enterprises, the programmes (order classes, apprenticeships,
 * named pipelines) and cohorts that answer them, and later students, internships and hires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent")
package org.ronghe.talent;
