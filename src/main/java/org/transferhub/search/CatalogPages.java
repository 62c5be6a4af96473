package org.transferhub.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
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

    private final SearchIndex index;
    private final IndexSynchronizer synchronizer;

    CatalogPages(SearchIndex index, IndexSynchronizer synchronizer) {
        this.index = index;
        this.synchronizer = synchronizer;
    }

    @Override
    public Optional<IdPage> page(ListingFilter filter, int page, int size) {
        if (!"READY".equals(synchronizer.status().state()) || !modelledExactly(filter)) {
            return Optional.empty();
        }
        Query query = SearchEngine.filtered(new MatchAllDocsQuery(), request(filter));
        return Optional.of(index.read(searcher -> {
            int total = searcher.count(query);
            long first = (long) page * size;
            if (first >= total) {
                return new IdPage(List.of(), total);
            }
            int window = (int) Math.min(first + size, total);
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, window, null, window));
            List<String> ids = new ArrayList<>(size);
            var stored = searcher.storedFields();
            for (int i = (int) first; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                ids.add(stored.document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return new IdPage(ids, total);
        }));
    }

    @Override
    public Optional<List<String>> allIds(ListingFilter filter) {
        if (!"READY".equals(synchronizer.status().state()) || !modelledExactly(filter)) {
            return Optional.empty();
        }
        Query query = SearchEngine.filtered(new MatchAllDocsQuery(), request(filter));
        return Optional.of(index.read(searcher -> {
            int total = Math.max(1, searcher.count(query));
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, total, null, total));
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(stored.document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return ids;
        }));
    }

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
