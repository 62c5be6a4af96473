package org.transferhub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching documents and the values of keyword fields over all of them, from their
 * sorted-set doc values: per segment an int per distinct value (ordinals), turned into strings once
 * per segment. Cheaper to keep than lucene-facet's taxonomy or reader state, and enough for a few
 * small fields. It needs no scores, so it runs in its own constant-score pass and lets the top-hits
 * pass skip the documents that cannot make the page.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counts> {

    /** The exact number of matching documents and, per field, value → count (most frequent first). */
    record Counts(long total, Map<String, Map<String, Integer>> facets) {}

    private final List<String> fields;

    FacetCounting(List<String> fields) {
        this.fields = fields;
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) {
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
        private final List<String> fields;
        private final Map<String, Map<String, Integer>> totals = new HashMap<>();
        private SortedSetDocValues[] values;
        private int[][] ordinalCounts;
        private long documents;

        Counter(List<String> fields) {
            this.fields = fields;
            fields.forEach(field -> totals.put(field, new HashMap<>()));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            values = new SortedSetDocValues[fields.size()];
            ordinalCounts = new int[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ordinalCounts[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[i].getValueCount())];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    documents++;
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            for (int n = 0; n < values[i].docValueCount(); n++) {
                                ordinalCounts[i][(int) values[i].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        /** Turns the finished segment's ordinal counts into value counts. */
        void flush() {
            if (values == null) {
                return;
            }
            try {
                for (int i = 0; i < values.length; i++) {
                    Map<String, Integer> counts = totals.get(fields.get(i));
                    for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                        if (ordinalCounts[i][ord] > 0) {
                            counts.merge(values[i].lookupOrd(ord).utf8ToString(), ordinalCounts[i][ord], Integer::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
