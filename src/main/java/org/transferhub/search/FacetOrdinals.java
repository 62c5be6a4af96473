package org.transferhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet fields' values of every document of a segment, decoded once into plain int arrays and
 * kept for the life of the segment. Counting facets reads a few array slots per matching document
 * instead of decoding doc values (ordinal blocks, monotonic readers, memory-segment checks): that
 * decoding was over a tenth of a search's time when a query matched tens of thousands of listings.
 * A segment's arrays are built on its first search and dropped when the segment is closed (after a
 * merge or when the index closes).
 */
final class FacetOrdinals {

    /**
     * One segment. Every value of every field has one slot in a single count array: slot 0 counts
     * nothing (a document without a value points there), field f's values start at
     * {@code firstSlot[f]}. The fields with at most one value per document are interleaved, document
     * by document, in {@code single} (a document's slots share a cache line: one memory access per
     * document instead of two per field); the others keep their values in {@code multiStarts} /
     * {@code multiSlots}, document d's being {@code multiSlots[multiStarts[d] .. multiStarts[d + 1])}.
     */
    record Segment(int singleWidth, int[] single, int[] multiStarts, int[] multiSlots, int[] firstSlot, String[][] labels,
            int slots) {

        /** Hands every value counted at least once in {@code counts} (indexed by slot) to {@code consumer}. */
        void forEachCount(int[] counts, CountConsumer consumer) {
            for (int f = 0; f < labels.length; f++) {
                for (int ord = 0; ord < labels[f].length; ord++) {
                    int n = counts[firstSlot[f] + ord];
                    if (n > 0) {
                        consumer.accept(f, labels[f][ord], n);
                    }
                }
            }
        }
    }

    interface CountConsumer {
        void accept(int field, String label, int count);
    }

    private final List<String> fields;
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    FacetOrdinals(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    List<String> fields() {
        return fields;
    }

    Segment of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return decode(reader);
        }
        IndexReader.CacheKey key = helper.getKey();
        Segment cached = segments.get(key);
        if (cached != null) {
            return cached;
        }
        Segment decoded = decode(reader);
        if (segments.putIfAbsent(key, decoded) == null) {
            helper.addClosedListener(segments::remove);
        }
        return decoded;
    }

    private Segment decode(LeafReader reader) {
        int maxDoc = reader.maxDoc();
        int[][] values = new int[fields.size()][];
        int[][] starts = new int[fields.size()][];
        String[][] labels = new String[fields.size()][];
        int[] firstSlot = new int[fields.size()];
        int slots = 1;
        try {
            for (int f = 0; f < fields.size(); f++) {
                SortedSetDocValues docValues = DocValues.getSortedSet(reader, fields.get(f));
                labels[f] = new String[(int) docValues.getValueCount()];
                for (int ord = 0; ord < labels[f].length; ord++) {
                    labels[f][ord] = docValues.lookupOrd(ord).utf8ToString();
                }
                firstSlot[f] = slots;
                slots += labels[f].length;
                int[] start = new int[maxDoc + 1];
                int[] slotsOfDocs = new int[Math.max(16, maxDoc)];
                int used = 0;
                for (int doc = 0; doc < maxDoc; doc++) {
                    start[doc] = used;
                    if (docValues.advanceExact(doc)) {
                        int count = docValues.docValueCount();
                        if (used + count > slotsOfDocs.length) {
                            slotsOfDocs = Arrays.copyOf(slotsOfDocs, Math.max(slotsOfDocs.length * 3 / 2, used + count));
                        }
                        for (int n = 0; n < count; n++) {
                            slotsOfDocs[used++] = firstSlot[f] + (int) docValues.nextOrd();
                        }
                    }
                }
                start[maxDoc] = used;
                starts[f] = start;
                values[f] = Arrays.copyOf(slotsOfDocs, used);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layOut(maxDoc, values, starts, firstSlot, labels, slots);
    }

    private static Segment layOut(int maxDoc, int[][] values, int[][] starts, int[] firstSlot, String[][] labels, int slots) {
        List<Integer> singleFields = new ArrayList<>();
        List<Integer> multiFields = new ArrayList<>();
        for (int f = 0; f < values.length; f++) {
            boolean single = true;
            for (int doc = 0; doc < maxDoc && single; doc++) {
                single = starts[f][doc + 1] - starts[f][doc] <= 1;
            }
            (single ? singleFields : multiFields).add(f);
        }
        int width = singleFields.size();
        int[] single = new int[maxDoc * width];
        for (int doc = 0; doc < maxDoc; doc++) {
            for (int k = 0; k < width; k++) {
                int f = singleFields.get(k);
                single[doc * width + k] = starts[f][doc] < starts[f][doc + 1] ? values[f][starts[f][doc]] : 0;
            }
        }
        int[] multiStarts = new int[maxDoc + 1];
        int[] multiSlots = new int[multiFields.stream().mapToInt(f -> values[f].length).sum()];
        int used = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            multiStarts[doc] = used;
            for (int f : multiFields) {
                for (int at = starts[f][doc]; at < starts[f][doc + 1]; at++) {
                    multiSlots[used++] = values[f][at];
                }
            }
        }
        multiStarts[maxDoc] = used;
        return new Segment(width, single, multiStarts, multiSlots, firstSlot, labels, slots);
    }
}
