package org.transferhub.search.quality;

import java.util.List;
import java.util.Map;

/** Ranking metrics over graded judgments (0–3); "relevant" for recall and MRR means grade ≥ 2. */
final class Metrics {

    private Metrics() {}

    static double ndcgAt10(List<String> ranked, Map<String, Integer> judgments) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(judgments.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = judgments.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recallAt10(List<String> ranked, Map<String, Integer> judgments) {
        long relevant = judgments.values().stream().filter(g -> g >= 2).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(10).filter(id -> judgments.getOrDefault(id, 0) >= 2).count();
        return (double) found / Math.min(relevant, 10);
    }

    static double reciprocalRank(List<String> ranked, Map<String, Integer> judgments) {
        for (int i = 0; i < ranked.size(); i++) {
            if (judgments.getOrDefault(ranked.get(i), 0) >= 2) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
