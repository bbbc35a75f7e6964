/** Courses offered to the body's enterprises (listed in the capability catalogue) and their sessions or cohorts. */
package org.ronghe.training.courses;
