package org.ronghe.docking.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: an item scores 1/(60 + rank) in each ranking it appears in; the sum, divided by what an item
 * first in both would score, orders the fused list. Ranks need no common scale, so BM25 and cosine need no tuning
 * against each other.
 */
final class Fusion {

    static final int K = 60;

    private Fusion() {}

    record Scored(Long id, double score) {}

    static List<Scored> fuse(List<Long> lexical, List<Long> vector, int size) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        add(scores, lexical);
        add(scores, vector);
        double best = 2.0 / (K + 1);
        List<Scored> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Scored(id, score / best)));
        fused.sort((a, b) -> Double.compare(b.score(), a.score()));
        return fused.subList(0, Math.min(size, fused.size()));
    }

    private static void add(Map<Long, Double> scores, List<Long> ranking) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
        }
    }
}
