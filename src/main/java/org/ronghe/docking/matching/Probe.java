package org.ronghe.docking.matching;

/**
 * What matches are sought for: the text, its vector if known (else it is computed), and the industry and region that
 * make reasons.
 */
public record Probe(String text, float[] vector, String industrySection, String industryDivision, String regionCode) {

    public Probe {
        vector = vector == null ? null : vector.clone();
    }
}
