package org.transferhub.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching documents and the values of keyword fields over all of them, from the
 * segments' values decoded once into int arrays ({@link FacetOrdinals}): per segment an int per
 * distinct value (ordinals), turned into strings once per segment. Cheaper to keep than
 * lucene-facet's taxonomy or reader state, and enough for a few small fields. It needs no scores, so
 * it runs in its own constant-score pass and lets the top-hits pass skip the documents that cannot
 * make the page.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counts> {

    /** The exact number of matching documents and, per field, value → count (most frequent first). */
    record Counts(long total, Map<String, Map<String, Integer>> facets) {}

    private final FacetOrdinals ordinals;

    FacetCounting(FacetOrdinals ordinals) {
        this.ordinals = ordinals;
    }

    @Override
    public Counter newCollector() {
        return new Counter(ordinals);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) {
        List<String> fields = ordinals.fields();
        Map<String, Map<String, Integer>> total = new LinkedHashMap<>();
        fields.forEach(field -> total.put(field, new HashMap<>()));
        long documents = 0;
        for (Counter counter : counters) {
            counter.flush();
            documents += counter.documents;
            counter.totals.forEach((field, counts) -> counts.forEach((value, n) -> total.get(field).merge(value, n, Integer::sum)));
        }
        Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
        total.forEach((field, counts) -> {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Integer> ordered = new LinkedHashMap<>();
            entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
            sorted.put(field, ordered);
        });
        return new Counts(documents, sorted);
    }

    static final class Counter implements Collector {
        private final FacetOrdinals ordinals;
        private final List<String> fields;
        private final Map<String, Map<String, Integer>> totals = new HashMap<>();
        private FacetOrdinals.Segment segment;
        private int[] slotCounts;
        private long documents;

        Counter(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            this.fields = ordinals.fields();
            fields.forEach(field -> totals.put(field, new HashMap<>()));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            flush();
            FacetOrdinals.Segment current = ordinals.of(context.reader());
            int[] counts = new int[current.slots()];
            segment = current;
            slotCounts = counts;
            int width = current.singleWidth();
            int[] single = current.single();
            int[] multiStarts = current.multiStarts();
            int[] multiSlots = current.multiSlots();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    documents++;
                    for (int at = doc * width, end = at + width; at < end; at++) {
                        counts[single[at]]++;
                    }
                    for (int at = multiStarts[doc], end = multiStarts[doc + 1]; at < end; at++) {
                        counts[multiSlots[at]]++;
                    }
                }
            };
        }

        /** Turns the finished segment's slot counts into value counts. */
        void flush() {
            if (segment == null) {
                return;
            }
            segment.forEachCount(slotCounts, (f, label, n) -> totals.get(fields.get(f)).merge(label, n, Integer::sum));
            segment = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
