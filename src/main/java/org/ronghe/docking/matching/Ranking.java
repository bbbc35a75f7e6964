package org.ronghe.docking.matching;

/**
 * How matches are ranked: Chinese lexical search only, vectors only, or both fused by reciprocal rank (the default; the
 * other two are there to measure it, ADR 0025).
 */
public enum Ranking {
    LEXICAL,
    VECTOR,
    HYBRID
}
