package org.ronghe.bench;

import java.util.List;
import java.util.Map;

/** Ranking measures over graded judgements (grades 0–3; an item not judged is 0). */
final class Metrics {

    private Metrics() {}

    /** nDCG@k with gains 2^grade − 1 and log2 discounts; 0 for a query with no relevant item. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream()
                .sorted((a, b) -> b - a)
                .limit(k)
                .toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Of the items graded at least {@code min}, the share found in the top k (1 when there are none). */
    static double recall(List<String> ranked, Map<String, Integer> grades, int min, int k) {
        long relevant = grades.values().stream().filter(g -> g >= min).count();
        if (relevant == 0) {
            return 1;
        }
        long found = ranked.stream()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) >= min)
                .count();
        return (double) found / relevant;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
