/**
 * Worker training (合作培训): courses offered in a body (listed in the capability catalogue), sessions and apprentice
 * cohorts, workers enrolled with their personal data sealed, completion counted only once the provider passed the
 * worker and the enterprise confirmed; skill certificates recorded by their issuers and verifiable by number by anyone
 * (masked holder); figures by body, month and party kept by exact difference (ADR 0038).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.ronghe.training;
