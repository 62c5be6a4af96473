package org.transferhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * About 4 bytes per document and value; a segment's arrays are built on its first search and
 * dropped when the segment is closed (after a merge or when the index closes).
 */
final class FacetOrdinals {

    /** One segment: per field, the values of document d are {@code ordinals[starts[d] .. starts[d + 1])}. */
    record Segment(int[][] starts, int[][] ordinals, String[][] labels) {}

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
        int[][] starts = new int[fields.size()][];
        int[][] ordinals = new int[fields.size()][];
        String[][] labels = new String[fields.size()][];
        try {
            for (int f = 0; f < fields.size(); f++) {
                SortedSetDocValues values = DocValues.getSortedSet(reader, fields.get(f));
                String[] names = new String[(int) values.getValueCount()];
                for (int ord = 0; ord < names.length; ord++) {
                    names[ord] = values.lookupOrd(ord).utf8ToString();
                }
                int[] start = new int[maxDoc + 1];
                int[] ords = new int[Math.max(16, maxDoc)];
                int used = 0;
                for (int doc = 0; doc < maxDoc; doc++) {
                    start[doc] = used;
                    if (values.advanceExact(doc)) {
                        int count = values.docValueCount();
                        if (used + count > ords.length) {
                            ords = Arrays.copyOf(ords, Math.max(ords.length * 3 / 2, used + count));
                        }
                        for (int n = 0; n < count; n++) {
                            ords[used++] = (int) values.nextOrd();
                        }
                    }
                }
                start[maxDoc] = used;
                starts[f] = start;
                ordinals[f] = Arrays.copyOf(ords, used);
                labels[f] = names;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Segment(starts, ordinals, labels);
    }
}
