/** Workers enrolled in sessions, their personal data sealed; attendance, results and two-sided completion. */
package org.ronghe.training.enrolments;
