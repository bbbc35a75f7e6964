/** Skill certificates: recorded by the issuer, the holder's personal data sealed, verified by number. */
package org.ronghe.training.certificates;
