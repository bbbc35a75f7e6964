/**
 * Matching demands and capabilities both ways: Chinese lexical search fused with vectors of an in-process embedding
 * model (ADR 0025), each match with its reasons.
 */
@org.springframework.modulith.NamedInterface("matching")
package org.ronghe.docking.matching;
