/**
 * Worker training (合作培训): skill certificates recorded by their issuers and verifiable by number by anyone, showing only
 * the masked holder; courses, sessions, enrolments and apprenticeships to come (issue 18).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.ronghe.training;
