package org.transferhub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.IndexableListing.Text;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.index.SearchIndex;
import org.transferhub.search.index.ConceptSpan;
import org.transferhub.search.index.Filters;
import org.transferhub.search.query.InvalidSearchQuery;
import org.transferhub.search.query.QueryBuilder;
import org.transferhub.search.query.QueryPlan;
import org.transferhub.search.query.UserQueryParser;
import org.transferhub.search.vocabulary.ConceptMatcher;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import tools.jackson.databind.json.JsonMapper;

/** Answers searches against the index. Blocking: call it off the event loop. */
public final class SearchEngine {

    static final List<String> FACETS = List.of(IndexFields.DISEASE_AREA, IndexFields.TYPE, IndexFields.COUNTRY,
            IndexFields.MODE, IndexFields.LANGUAGE, IndexFields.TRL);
    private static final int MAX_WINDOW = 10_000;

    private final SearchIndex index;
    private final QueryBuilder queries;
    private final CurrentVocabulary vocabulary;
    private final Highlighter highlighter;
    private final Analyzers analyzers;
    private final JsonMapper json;
    private final FacetOrdinals facetOrdinals = new FacetOrdinals(FACETS);

    public SearchEngine(SearchIndex index, Analyzers analyzers, QueryBuilder queries, CurrentVocabulary vocabulary,
            JsonMapper json) {
        this.index = index;
        this.queries = queries;
        this.vocabulary = vocabulary;
        this.highlighter = new Highlighter(analyzers);
        this.analyzers = analyzers;
        this.json = json;
    }

    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        if ((long) (request.page() + 1) * request.size() > MAX_WINDOW) {
            throw new InvalidSearchQuery("Pages beyond the first " + MAX_WINDOW + " results are not available");
        }
        Optional<SearchLanguage> hint = SearchLanguage.of(request.lang());
        ConceptMatcher matcher = vocabulary.matcher();
        QueryPlan plan = queries.build(UserQueryParser.parse(request.q()), hint, matcher);
        boolean blank = request.q() == null || request.q().isBlank();
        if (plan.query() == null && !blank) {
            return result(request, plan, hint, 0, List.of(), emptyFacets(), started);
        }
        boolean newest = request.sort() == SearchRequest.Sort.NEWEST || plan.query() == null;
        int window = (request.page() + 1) * request.size();
        return index.read(searcher -> {
            // Two passes over one searcher: the page, where only the documents that can still make
            // it are scored (block-max WAND skips the rest, so the hit count is a lower bound there),
            // then the exact total and the facets over the same documents without scores, matched by
            // the plan's flat disjunction (one bulk scorer instead of nested ones).
            var top = newest
                    ? new TopFieldCollectorManager(new Sort(new SortField(IndexFields.PUBLISHED_AT, SortField.Type.LONG, true)),
                            window, null, window)
                    : new TopScoreDocCollectorManager(window, window);
            Query query;
            Query matches;
            try {
                IndexReader reader = searcher.getIndexReader();
                query = searcher.rewrite(filtered(plan.query() == null ? new MatchAllDocsQuery() : plan.query(), request, reader));
                matches = plan.matches() == null ? query : searcher.rewrite(filtered(plan.matches(), request, reader));
            } catch (IndexSearcher.TooManyClauses e) {
                throw new InvalidSearchQuery("The query has too many terms");
            }
            TopDocs docs = searcher.search(query, top);
            FacetCounting.Counts counts = searcher.search(new ConstantScoreQuery(matches), new FacetCounting(facetOrdinals));
            List<SearchResult.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = request.page() * request.size(); i < docs.scoreDocs.length; i++) {
                hits.add(hit(stored, docs.scoreDocs[i], plan, hint));
            }
            return result(request, plan, hint, counts.total(), hits, counts.facets(), started);
        });
    }

    private SearchResult result(SearchRequest request, QueryPlan plan, Optional<SearchLanguage> hint, long total,
            List<SearchResult.Hit> hits, Map<String, Map<String, Integer>> facets, long started) {
        Optional<SearchLanguage> termLanguage = hint.or(() -> plan.languages().stream().findFirst());
        List<SearchResult.ConceptTerm> concepts = plan.concepts().stream()
                .map(code -> new SearchResult.ConceptTerm(code, term(code, termLanguage))).toList();
        double tookMs = Math.round((System.nanoTime() - started) / 1_000.0) / 1_000.0;
        return new SearchResult(total, request.page(), request.size(), tookMs,
                plan.languages().stream().map(SearchLanguage::code).toList(), concepts, hits, facets);
    }

    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.SOURCE, IndexFields.CONCEPTS_FOUND, IndexFields.CONCEPT_SPANS);

    private SearchResult.Hit hit(StoredFields stored, ScoreDoc scoreDoc, QueryPlan plan, Optional<SearchLanguage> hint)
            throws IOException {
        Document doc = stored.document(scoreDoc.doc, HIT_FIELDS);
        ShownListing listing = json.readValue(doc.getBinaryValue(IndexFields.SOURCE).bytes, ShownListing.class);
        Optional<SearchLanguage> listingLanguage = SearchLanguage.of(listing.language());
        // Shown in the searcher's language when the listing has that translation, else the original.
        String shownKey = hint.map(wanted -> translationKey(listing, wanted)).orElse(IndexFields.ORIGINAL_TEXT);
        Text shown = shownKey.equals(IndexFields.ORIGINAL_TEXT) ? listing.original() : listing.translations().get(shownKey);
        Optional<SearchLanguage> shownLanguage = shownKey.equals(IndexFields.ORIGINAL_TEXT) ? listingLanguage : hint;
        Set<String> found = Set.of(doc.getValues(IndexFields.CONCEPTS_FOUND));
        Optional<SearchLanguage> termLanguage = hint.or(() -> plan.languages().stream().findFirst());
        List<SearchResult.MatchedConcept> matched = plan.concepts().stream().filter(found::contains)
                .map(code -> new SearchResult.MatchedConcept(code, term(code, termLanguage), term(code, listingLanguage)))
                .toList();
        float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
        Map<String, List<int[]>> conceptRanges = conceptRanges(doc, shownKey, matched);
        return new SearchResult.Hit(listing.id(), listing.reference(), listing.language(), shown.title(), shown.summary(),
                listing.providerName(), listing.providerCountry(), listing.diseaseAreas(), listing.technologyType(),
                listing.trl(), score, highlighter.highlight(shown, shownLanguage, plan, conceptRanges), matched);
    }

    /** Part (title, summary, description) → where the shown text names a concept the query asked for, as indexed. */
    private static Map<String, List<int[]>> conceptRanges(Document doc, String shownKey, List<SearchResult.MatchedConcept> matched) {
        if (matched.isEmpty()) {
            return Map.of();
        }
        Set<String> wanted = matched.stream().map(SearchResult.MatchedConcept::code).collect(Collectors.toSet());
        Map<String, List<int[]>> ranges = new HashMap<>();
        for (String stored : doc.getValues(IndexFields.CONCEPT_SPANS)) {
            ConceptSpan.decode(stored).filter(span -> span.text().equals(shownKey) && wanted.contains(span.code()))
                    .ifPresent(span -> ranges.computeIfAbsent(span.part(), part -> new ArrayList<>())
                            .add(new int[] {span.start(), span.end()}));
        }
        return ranges;
    }

    /** The key of the listing's translation into {@code language}; the original's key when it is in it or has none. */
    private static String translationKey(ShownListing listing, SearchLanguage language) {
        if (SearchLanguage.of(listing.language()).equals(Optional.of(language)) || listing.translations() == null) {
            return IndexFields.ORIGINAL_TEXT;
        }
        for (Map.Entry<String, Text> entry : listing.translations().entrySet()) {
            if (entry.getValue() != null && SearchLanguage.of(entry.getKey()).equals(Optional.of(language))) {
                return entry.getKey();
            }
        }
        return IndexFields.ORIGINAL_TEXT;
    }

    String term(String code, Optional<SearchLanguage> language) {
        return vocabulary.vocabulary().find(code).map(c -> c.preferredTerm(language)).orElse(code);
    }

    static Query filtered(Query query, SearchRequest request) {
        return filtered(query, request, null);
    }

    /** The query under the request's filters; with the reader, the status filter takes its cheaper form. */
    static Query filtered(Query query, SearchRequest request, IndexReader reader) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        Filters.status(builder, reader, request.statuses());
        Filters.anyOf(builder, IndexFields.DISEASE_AREA, request.diseaseArea());
        Filters.anyOf(builder, IndexFields.TYPE, request.type());
        Filters.anyOf(builder, IndexFields.COUNTRY, request.country());
        Filters.anyOf(builder, IndexFields.MODE, request.mode());
        Filters.anyOf(builder, IndexFields.LANGUAGE, request.language());
        if (request.trlMin() != null || request.trlMax() != null) {
            int min = request.trlMin() == null ? Integer.MIN_VALUE : request.trlMin();
            int max = request.trlMax() == null ? Integer.MAX_VALUE : request.trlMax();
            builder.add(IntPoint.newRangeQuery(IndexFields.TRL, min, max), Occur.FILTER);
        }
        return builder.build();
    }

    private static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        FACETS.forEach(f -> facets.put(f, Map.of()));
        return facets;
    }

    /**
     * Published listings like the given one in any language: those sharing its concepts (which
     * carry across languages) and, weaker, the distinctive words of its own title and summary.
     * Empty when the listing is not in the index.
     */
    public Optional<List<SearchResult.Hit>> similar(String id, String lang, int size) {
        Optional<SearchLanguage> hint = SearchLanguage.of(lang);
        return index.read(searcher -> {
            TopDocs own = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (own.scoreDocs.length == 0) {
                return Optional.empty();
            }
            StoredFields stored = searcher.storedFields();
            Document doc = stored.document(own.scoreDocs[0].doc, Set.of(IndexFields.SOURCE, IndexFields.CONCEPTS_FOUND));
            IndexableListing listing = json.readValue(doc.getBinaryValue(IndexFields.SOURCE).bytes, IndexableListing.class);
            List<String> concepts = List.of(doc.getValues(IndexFields.CONCEPTS_FOUND));
            BooleanQuery.Builder like = new BooleanQuery.Builder();
            concepts.stream().limit(30).forEach(code -> like.add(new TermQuery(new Term(IndexFields.CONCEPT, code)), Occur.SHOULD));
            SearchLanguage.of(listing.language()).ifPresent(language -> {
                String text = listing.original().title() + " " + Objects.toString(listing.original().summary(), "");
                analyzers.terms(language.fields().getFirst(), text).stream().distinct().limit(20).forEach(term -> like.add(
                        new BoostQuery(new TermQuery(new Term(language.fields().getFirst(), term)), 0.3f), Occur.SHOULD));
            });
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(like.build(), Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.ID, id)), Occur.MUST_NOT);
            Filters.status(query, searcher.getIndexReader(), List.of("PUBLISHED"));
            QueryPlan plan = new QueryPlan(null, null, hint.map(List::of).orElse(List.of()), concepts, Map.of());
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : searcher.search(query.build(), size).scoreDocs) {
                hits.add(hit(stored, scoreDoc, plan, hint));
            }
            return Optional.of(hits);
        });
    }
}
