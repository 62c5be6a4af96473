package org.transferhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.bench.ListingGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Shared pieces of the benchmarks: generated listings, the evaluation set, percentiles, heap. */
public final class BenchSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    record EvalQuery(String id, String topic, String lang, String q, Map<String, Integer> judgments) {}

    private BenchSupport() {}

    /** Generator line {@code i} as the search index sees a published listing (what CatalogReader gives). */
    @SuppressWarnings("unchecked")
    public static IndexableListing generated(ListingGenerator generator, int i) {
        Map<String, Object> line = generator.listing(i);
        var text = new IndexableListing.Text((String) line.get("title"), (String) line.get("summary"),
                (String) line.get("description"), (List<String>) line.get("keywords"));
        Instant published = EPOCH.plusSeconds(i * 60L);
        return new IndexableListing("gen-" + i, (String) line.get("reference"), "PUBLISHED", (String) line.get("language"),
                text, Map.of(), (List<String>) line.get("diseaseAreas"), (String) line.get("technologyType"),
                (Integer) line.get("trl"), (List<String>) line.get("transferModes"), "inst-gen", (String) line.get("providerName"),
                (String) line.get("providerName"), (String) line.get("providerCountry"), List.of(), List.of(), Map.of(),
                List.of(), published, published, 1);
    }

    public static List<IndexableListing> evalListings() throws IOException {
        return JSON.readValue(resource("listings.json"), new TypeReference<List<IndexableListing>>() {});
    }

    static List<EvalQuery> evalQueries() throws IOException {
        return JSON.readValue(resource("queries.json"), new TypeReference<List<EvalQuery>>() {});
    }

    private static InputStream resource(String name) {
        return BenchSupport.class.getResourceAsStream("/search-eval/" + name);
    }

    /** Nearest-rank percentile, p in [0, 100]. */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static String stats(double[] ms) {
        return String.format("n=%d p50=%.3f p90=%.3f p99=%.3f max=%.3f mean=%.3f ms", ms.length, percentile(ms, 50),
                percentile(ms, 90), percentile(ms, 99), percentile(ms, 100), Arrays.stream(ms).average().orElse(0));
    }

    /** nDCG@10 with gain 2^grade − 1, as the search quality test computes it. */
    static double ndcgAt10(List<String> ranked, Map<String, Integer> judgments) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += (Math.pow(2, judgments.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = judgments.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Peak heap since start (sum of the heap pools' peaks: an upper bound) and the current used heap, MiB. */
    public static String heap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        return String.format("heap peak (sum of pool peaks) %d MiB, used after full GC %d MiB, max %d MiB", peak >> 20,
                used >> 20, max >> 20);
    }
}
