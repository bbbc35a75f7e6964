/** Students: enrolment in a programme, sealed personal data and consent, the student's own log-in, corrections. */
@org.springframework.modulith.NamedInterface("students")
package org.ronghe.talent.students;
