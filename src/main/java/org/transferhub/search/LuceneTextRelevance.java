package org.transferhub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.TextRelevance;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.index.ListingDocuments;
import org.transferhub.search.index.SearchIndex;
import org.transferhub.search.index.Filters;
import org.transferhub.search.language.LanguageDetector;
import org.transferhub.search.vocabulary.ConceptMatcher;
import org.transferhub.search.vocabulary.ConceptMention;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The matcher's {@link TextRelevance} over the search index (docs/matching.md, "Text relevance").
 *
 * <p>A need's text is analysed once: the vocabulary concepts it names (found as the index finds them
 * in listings, so they meet listings in every language) and its distinct terms in the field of its
 * language. Each concept and term gets a weight from its rarity in the index (inverse document
 * frequency). A listing's raw score is the <em>share</em> of that weight it contains:
 * {@code 0.65 × shared concept weight / all concept weight + 0.35 × shared term weight / all term
 * weight}, which Lucene computes as a sum of constant-score clauses (so block-max WAND skips listings
 * that cannot enter the top). The relevance is a saturating function of that share. It depends on the
 * need, the listing and corpus statistics only, never on the other results, so scores are comparable
 * between needs and the same for the same data.
 *
 * <p>Until the index is READY (first start, rebuild) the fallback answers. Blocking work runs on
 * {@code boundedElastic}, as every other index read.
 */
public final class LuceneTextRelevance implements TextRelevance {

    /** Weight of the concept share; the rest is the term share. */
    static final double CONCEPT_WEIGHT = 0.65;
    /** A need of 10,000 characters has hundreds of terms: the rarest this many carry the share. */
    static final int MAX_TERMS = 96;
    static final int MAX_CONCEPTS = 48;
    private static final int CACHE_SIZE = 20_000;

    private final SearchIndex index;
    private final BooleanSupplier ready;
    private final CurrentVocabulary vocabulary;
    private final LanguageDetector detector;
    private final ListingDocuments documents;
    private final TextRelevance fallback;
    /** Analysis of a text by language and text: needs are re-asked about with unchanged text. */
    private final Map<String, Analysed> analysed = new ConcurrentHashMap<>();
    /** Document frequencies for the current reader (an incremental update asks about thousands of needs). */
    private volatile Frequencies frequencies = new Frequencies(null);

    public LuceneTextRelevance(SearchIndex index, BooleanSupplier ready, CurrentVocabulary vocabulary,
            LanguageDetector detector, ListingDocuments documents, TextRelevance fallback) {
        this.index = index;
        this.ready = ready;
        this.vocabulary = vocabulary;
        this.detector = detector;
        this.documents = documents;
        this.fallback = fallback;
    }

    /** A text's concepts and terms, with the matcher they were found by (swapped when staff add synonyms). */
    record Analysed(ConceptMatcher matcher, List<String> concepts, List<Term> terms) {}

    /** Clauses with boosts that sum to at most 1 for a listing that contains everything. */
    record Weighted(List<Term> terms, float[] boosts) {}

    @Override
    public Mono<Map<String, Double>> relevantListings(String text, String language, int limit) {
        if (!ready.getAsBoolean()) {
            return fallback.relevantListings(text, language, limit);
        }
        return Mono.fromCallable(() -> search(text, language, limit)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Map<String, Double>> relevanceTo(IndexableListing listing, List<Probe> probes) {
        if (!ready.getAsBoolean()) {
            return fallback.relevanceTo(listing, probes);
        }
        return Mono.fromCallable(() -> score(listing, probes)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Set<String>> concepts(String text, String language) {
        return Mono.fromCallable(() -> {
            ConceptMatcher matcher = vocabulary.matcher();
            Set<String> codes = new LinkedHashSet<>();
            for (SearchLanguage each : conceptLanguages(text, languages(text, language))) {
                matcher.findAll(text, each).stream().map(ConceptMention::code).forEach(codes::add);
            }
            return Set.copyOf(codes);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Needs the index's analysers only, not the index: answers during a rebuild too. */
    @Override
    public Mono<Set<String>> words(String text, String language) {
        return Mono.fromCallable(() -> keys(analyse(text, language).terms())).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<List<Set<String>>> queryWords(String text, String language) {
        return Mono.fromCallable(() -> conceptLanguages(text, languages(text, language)).stream()
                        .map(each -> keys(analyse(text, each.code()).terms()))
                        .filter(words -> !words.isEmpty())
                        .distinct()
                        .toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Set<String> keys(List<Term> terms) {
        return terms.stream().map(term -> term.field() + ':' + term.text()).collect(Collectors.toUnmodifiableSet());
    }

    /** {@link #relevantListings} without the scheduler or the readiness check: blocking, off the event loop. */
    public Map<String, Double> search(String text, String language, int limit) {
        Analysed query = analyse(text, language);
        return index.read(searcher -> {
            Weighted weighted = weigh(query, searcher.getIndexReader());
            if (weighted.terms().isEmpty() || limit <= 0) {
                return Map.of();
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (int i = 0; i < weighted.terms().size(); i++) {
                any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(weighted.terms().get(i))), weighted.boosts()[i]),
                        Occur.SHOULD);
            }
            BooleanQuery.Builder publishedOnly = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
            Filters.status(publishedOnly, searcher.getIndexReader(), List.of("PUBLISHED"));
            BooleanQuery published = publishedOnly.build();
            TopDocs top = searcher.search(published, Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc())));
            return ids(searcher, top.scoreDocs);
        });
    }

    /** Ids through the id's doc values (no stored-field decompression), in score order. */
    private static Map<String, Double> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, String> idOf = new HashMap<>();
        int current = -1;
        SortedDocValues values = null;
        for (ScoreDoc hit : byDoc) {
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != current) {
                current = leaf;
                values = leaves.get(leaf).reader().getSortedDocValues(IndexFields.ID);
            }
            if (values != null && values.advanceExact(hit.doc - leaves.get(leaf).docBase)) {
                idOf.put(hit.doc, values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (ScoreDoc hit : hits) {
            String id = idOf.get(hit.doc);
            if (id != null) {
                out.put(id, relevance(hit.score));
            }
        }
        return out;
    }

    /**
     * The share computed without the index's postings: the listing's document is built and analysed
     * as the index does, and each probe's clauses are looked up in it. The same clauses and boosts as
     * {@link #search}, so the same relevance.
     */
    Map<String, Double> score(IndexableListing listing, List<Probe> probes) {
        Set<Term> has = indexedTerms(listing);
        return index.read(searcher -> {
            Map<String, Double> out = new LinkedHashMap<>();
            for (Probe probe : probes) {
                Analysed analysed = analyse(probe.text(), probe.language());
                if (!sharesAny(analysed, has)) {
                    continue; // no clause can match: relevance 0, and weighing it would cost document frequencies
                }
                Weighted weighted = weigh(analysed, searcher.getIndexReader());
                double sum = 0;
                for (int i = 0; i < weighted.terms().size(); i++) {
                    if (has.contains(weighted.terms().get(i))) {
                        sum += weighted.boosts()[i];
                    }
                }
                if (sum > 0) {
                    out.put(probe.key(), relevance((float) sum));
                }
            }
            return out;
        });
    }

    /** Whether the listing holds any of the text's concepts or terms (a superset of its weighed clauses). */
    private static boolean sharesAny(Analysed analysed, Set<Term> has) {
        for (String code : analysed.concepts()) {
            if (has.contains(new Term(IndexFields.CONCEPT, code))) {
                return true;
            }
        }
        for (Term term : analysed.terms()) {
            if (has.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private Set<Term> indexedTerms(IndexableListing listing) {
        Document doc = documents.toDocument(listing);
        Analyzers analyzers = documents.analyzers();
        Set<Term> terms = new HashSet<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().equals(IndexFields.CONCEPT)) {
                terms.add(new Term(IndexFields.CONCEPT, field.stringValue()));
            } else if (field.fieldType().tokenized() && field.stringValue() != null) {
                analyzers.terms(field.name(), field.stringValue()).forEach(t -> terms.add(new Term(field.name(), t)));
            }
        }
        return terms;
    }

    /**
     * The relevance of a share {@code s} of the need's weight: {@code min(1, 1.25·√s)} rounded to
     * three decimals (so float summation order cannot change a score). The square root lifts partial
     * overlap, as a need of a page never shares all its words with a listing; a listing that holds
     * two thirds of the need's weight is fully relevant.
     */
    static double relevance(float share) {
        double value = Math.min(1, SATURATION * Math.sqrt(Math.max(0, share)));
        return Math.round(value * 1000) / 1000.0;
    }

    static final double SATURATION = 1.25;

    Weighted weigh(Analysed query, IndexReader reader) throws IOException {
        Frequencies df = frequencies;
        if (df.reader != reader) {
            df = new Frequencies(reader);
            frequencies = df;
        }
        double n = reader.numDocs();
        List<Term> terms = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        double conceptTotal = 0;
        for (String code : query.concepts()) {
            Term term = new Term(IndexFields.CONCEPT, code);
            double weight = Math.log(1 + (n + 1) / (df.of(term) + 1.0));
            conceptTotal += weight;
            terms.add(term);
            raw.add(weight);
        }
        int concepts = terms.size();
        record Scored(Term term, double weight) {}
        List<Scored> words = new ArrayList<>();
        for (Term term : query.terms()) {
            int freq = df.of(term);
            words.add(new Scored(term, Math.log(1 + (n - freq + 0.5) / (freq + 0.5))));
        }
        words.sort(Comparator.comparingDouble(Scored::weight).reversed().thenComparing(s -> s.term().text()));
        double termTotal = 0;
        for (Scored word : words.subList(0, Math.min(MAX_TERMS, words.size()))) {
            termTotal += word.weight();
            terms.add(word.term());
            raw.add(word.weight());
        }
        List<Term> kept = new ArrayList<>();
        List<Float> boosts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            boolean concept = i < concepts;
            double total = concept ? conceptTotal : termTotal;
            double part = concept ? CONCEPT_WEIGHT : 1 - CONCEPT_WEIGHT;
            if (total > 0 && df.of(terms.get(i)) > 0) { // absent everywhere: in the total, never a clause
                kept.add(terms.get(i));
                boosts.add((float) (part * raw.get(i) / total));
            }
        }
        float[] array = new float[boosts.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = boosts.get(i);
        }
        return new Weighted(kept, array);
    }

    Analysed analyse(String text, String language) {
        String key = language + '\u0000' + text;
        ConceptMatcher matcher = vocabulary.matcher();
        Analysed cached = analysed.get(key);
        if (cached != null && cached.matcher() == matcher) {
            return cached;
        }
        if (analysed.size() > CACHE_SIZE) {
            analysed.clear(); // bounded and local: only an optimisation
        }
        List<SearchLanguage> languages = languages(text, language);
        Set<String> concepts = new LinkedHashSet<>();
        for (SearchLanguage each : languages) {
            matcher.findAll(text, each).stream().map(ConceptMention::code).forEach(concepts::add);
        }
        Set<Term> terms = new LinkedHashSet<>();
        for (String field : termFields(languages)) {
            vocabulary.analyzers().terms(field, text).forEach(t -> terms.add(new Term(field, t)));
        }
        Analysed fresh = new Analysed(matcher, concepts.stream().limit(MAX_CONCEPTS).toList(), List.copyOf(terms));
        analysed.put(key, fresh);
        return fresh;
    }

    private List<SearchLanguage> languages(String text, String language) {
        Optional<SearchLanguage> declared = SearchLanguage.of(language);
        if (declared.isPresent()) {
            return List.of(declared.get());
        }
        return text == null || text.isBlank() ? List.of() : detector.detect(text, Optional.empty()).stream().limit(1).toList();
    }

    /**
     * Where {@link #concepts} looks: the declared language and the ones the text is written in (a
     * board search sends the searcher's UI language with text in any language, as the search box
     * does). The relevance itself uses the declared language, as the index uses a listing's.
     */
    private List<SearchLanguage> conceptLanguages(String text, List<SearchLanguage> declared) {
        if (text == null || text.isBlank()) {
            return declared;
        }
        Set<SearchLanguage> all = new LinkedHashSet<>(declared);
        all.addAll(detector.detect(text, declared.stream().findFirst()));
        return List.copyOf(all);
    }

    /** The field whose terms a language's text is compared in: the index's own analysis of that language. */
    static List<String> termFields(List<SearchLanguage> languages) {
        if (languages.isEmpty()) {
            return List.of(IndexFields.NEUTRAL);
        }
        return languages.stream().map(language -> switch (language) {
            case ZH -> IndexFields.ZH_BIGRAMS; // recall: the segmenter keeps compounds whole
            case KK, KY, TG, UZ -> IndexFields.TURKIC_LATIN; // either script
            default -> language.fields().getFirst();
        }).distinct().toList();
    }

    /** Document frequencies read from one reader, cached while that reader is current. */
    private static final class Frequencies {
        private final IndexReader reader;
        private final Map<Term, Integer> cache = new ConcurrentHashMap<>();

        Frequencies(IndexReader reader) {
            this.reader = reader;
        }

        /**
         * How many live documents hold the term. Lucene's docFreq also counts an updated listing's
         * deleted old copy until a merge removes it, so weights (and relevance) moved when a listing
         * was saved again unchanged; counting live postings keeps them stable for the same data. Only
         * segments with deletions are walked, and each count is cached for this reader.
         */
        private int liveDocFreq(Term term) throws IOException {
            int count = 0;
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.index.LeafReader segment = leaf.reader();
                org.apache.lucene.util.Bits live = segment.getLiveDocs();
                if (live == null) {
                    count += segment.docFreq(term);
                    continue;
                }
                org.apache.lucene.index.PostingsEnum postings = segment.postings(term, org.apache.lucene.index.PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        doc = postings.nextDoc()) {
                    if (live.get(doc)) {
                        count++;
                    }
                }
            }
            return count;
        }

        int of(Term term) throws IOException {
            Integer cached = cache.get(term);
            if (cached != null) {
                return cached;
            }
            int freq = liveDocFreq(term);
            if (cache.size() < 200_000) {
                cache.put(term, freq);
            }
            return freq;
        }
    }
}
