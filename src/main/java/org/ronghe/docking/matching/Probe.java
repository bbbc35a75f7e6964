package org.ronghe.docking.matching;

import org.ronghe.docking.demands.Demand;

/**
 * What matches are sought for: the text, its vector if known (else it is computed), and the industry and region that
 * make reasons.
 */
public record Probe(String text, float[] vector, String industrySection, String industryDivision, String regionCode) {

    public Probe {
        vector = vector == null ? null : vector.clone();
    }

    /** The demand's text, vector (if embedded yet), industry and region. */
    public static Probe of(Demand d) {
        return new Probe(d.text(), d.embedding(), d.industrySection(), d.industryDivision(), d.regionCode());
    }
}
