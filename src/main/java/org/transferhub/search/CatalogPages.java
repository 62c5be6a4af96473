package org.transferhub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.transferhub.catalog.ListingFilter;
import org.transferhub.catalog.PublishedListingIndex;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.index.IndexSynchronizer;
import org.transferhub.search.index.SearchIndex;

/**
 * The catalog's pages from the search index: which published listings make page N under the browsing
 * filters, in the catalog's order (newest publication first, then id descending, as MongoDB sorts).
 * Answers only when the index is in step with the database (not while it rebuilds) and only for
 * filters it models exactly; otherwise the catalog asks MongoDB.
 */
final class CatalogPages implements PublishedListingIndex {

    private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.PUBLISHED_AT, SortField.Type.LONG, true),
            new SortField(IndexFields.ID, SortField.Type.STRING, true));

    /** Up to this page window Lucene's sorting collector is the faster way; beyond it, one sort of all. */
    private static final int QUEUE_LIMIT = 1_000;

    private final SearchIndex index;
    private final IndexSynchronizer synchronizer;

    CatalogPages(SearchIndex index, IndexSynchronizer synchronizer) {
        this.index = index;
        this.synchronizer = synchronizer;
    }

    @Override
    public Optional<IdPage> page(ListingFilter filter, int page, int size) {
        return queryFor(filter).map(query -> index.read(searcher -> {
            int total = searcher.count(query);
            long first = (long) page * size;
            if (first >= total) {
                return new IdPage(List.of(), total);
            }
            int window = (int) Math.min(first + size, total);
            List<String> ordered = window <= QUEUE_LIMIT ? topIds(searcher, query, window) : allIdsInOrder(searcher, query);
            return new IdPage(List.copyOf(ordered.subList((int) first, Math.min(window, ordered.size()))), total);
        }));
    }

    @Override
    public Optional<List<String>> allIds(ListingFilter filter) {
        return queryFor(filter).map(query -> index.read(searcher -> allIdsInOrder(searcher, query)));
    }

    /** The published listings under the filter, when the index is in step and models the filter exactly. */
    private Optional<Query> queryFor(ListingFilter filter) {
        if (!"READY".equals(synchronizer.status().state()) || !modelledExactly(filter)) {
            return Optional.empty();
        }
        return Optional.of(SearchEngine.filtered(new MatchAllDocsQuery(), request(filter)));
    }

    /** The first pages: Lucene's sorting collector keeps only the window in its queue. */
    private static List<String> topIds(IndexSearcher searcher, Query query, int window) throws IOException {
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, window, null, window));
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(stored.document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
        }
        return ids;
    }

    /**
     * Deep pages and exports: every match's publication time and id straight from doc values, sorted
     * once. The sorting collector with a queue as long as the catalog took seconds at page 2,500 of
     * 100,000 listings; this is one pass and one sort.
     */
    private static List<String> allIdsInOrder(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Key> keys = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues published = DocValues.getNumeric(leaf.reader(), IndexFields.PUBLISHED_AT);
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                long time = published.advanceExact(doc) ? published.longValue() : 0;
                String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
                keys.add(new Key(time, id));
            }
        }
        keys.sort(Comparator.comparingLong(Key::published).thenComparing(Key::id).reversed());
        return keys.stream().map(Key::id).toList();
    }

    private record Key(long published, String id) {}

    /** The index keeps a listing's base language only, so a regional tag (zh-CN) is MongoDB's to match. */
    private static boolean modelledExactly(ListingFilter filter) {
        String language = filter.language();
        return language == null || language.equals(language.toLowerCase(Locale.ROOT)) && !language.contains("-")
                && !language.contains("_");
    }

    private static SearchRequest request(ListingFilter filter) {
        return new SearchRequest(null, null, 0, 1, names(filter.diseaseArea()), names(filter.type()), filter.trlMin(),
                filter.trlMax(), filter.country() == null ? List.of() : List.of(filter.country()), names(filter.mode()),
                filter.language() == null ? List.of() : List.of(filter.language()), SearchRequest.Sort.NEWEST,
                List.of("PUBLISHED"));
    }

    private static List<String> names(Enum<?> value) {
        return value == null ? List.of() : List.of(value.name());
    }
}
