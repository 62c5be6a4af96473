package org.transferhub.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.transferhub.catalog.IndexableListing;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The fallback {@link TextRelevance}: vocabulary concepts shared between a text and a listing (any
 * language meets any other through the concept codes), plus overlap of word stems and Han bigrams
 * within one language. Scans every published listing per call, so it suits small catalogs and tests;
 * the Lucene-based implementation replaces it. Listing features are cached by id and version.
 */
public class TokenOverlapRelevance implements TextRelevance {

    /** Weight of shared concepts; the rest is shared words. */
    static final double CONCEPT_WEIGHT = 0.65;

    private record Features(long version, Set<String> concepts, Set<String> terms) {}

    private final Vocabulary vocabulary;
    private final Supplier<Flux<IndexableListing>> listings;
    private final Map<String, Features> cache = new ConcurrentHashMap<>();
    /** Query features by text: a listing change re-asks about every open need's unchanged text. */
    private final Map<String, Features> queries = new ConcurrentHashMap<>();

    TokenOverlapRelevance(Vocabulary vocabulary, Supplier<Flux<IndexableListing>> listings) {
        this.vocabulary = vocabulary;
        this.listings = listings;
    }

    /** The fallback over the given listings (the search engine's implementation answers with it while its index is not ready). */
    public static TextRelevance over(Supplier<Flux<IndexableListing>> listings) {
        return new TokenOverlapRelevance(Vocabulary.load(), listings);
    }

    @Override
    public Mono<Map<String, Double>> relevantListings(String text, String language, int limit) {
        return Mono.fromCallable(() -> query(text))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(query -> listings.get().filter(IndexableListing::isPublished)
                        .map(listing -> Map.entry(listing.id(), features(listing)))
                        .collectList()
                        .map(all -> {
                            Map<String, Double> weights = conceptWeights(query.concepts(), all);
                            Map<String, Double> top = new LinkedHashMap<>();
                            all.stream()
                                    .map(e -> Map.entry(e.getKey(), relevance(query, e.getValue(), weights)))
                                    .filter(e -> e.getValue() > 0)
                                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                                            .thenComparing(Map.Entry.comparingByKey()))
                                    .limit(limit)
                                    .forEach(e -> top.put(e.getKey(), e.getValue()));
                            return top;
                        }));
    }

    private Features query(String text) {
        Features cached = queries.get(text);
        if (cached != null) {
            return cached;
        }
        if (queries.size() > 10_000) {
            queries.clear(); // bounded and local: only an optimisation
        }
        Features fresh = new Features(0, vocabulary.concepts(text), TextFeatures.terms(text));
        queries.put(text, fresh);
        return fresh;
    }

    /**
     * A concept's weight is its rarity among the listings (inverse document frequency), so that
     * sharing «fundus camera» counts for more than sharing the generic «screening».
     */
    private static Map<String, Double> conceptWeights(Set<String> concepts, List<Map.Entry<String, Features>> listings) {
        Map<String, Double> weights = new java.util.HashMap<>();
        for (String concept : concepts) {
            long df = listings.stream().filter(e -> e.getValue().concepts().contains(concept)).count();
            weights.put(concept, Math.log(1 + (listings.size() + 1.0) / (df + 1.0)));
        }
        return weights;
    }

    @Override
    public Mono<Set<String>> concepts(String text, String language) {
        return Mono.fromCallable(() -> vocabulary.concepts(text)).subscribeOn(Schedulers.boundedElastic());
    }

    static double relevance(Set<String> queryConcepts, Set<String> queryTerms, Set<String> listingConcepts,
            Set<String> listingTerms, Map<String, Double> weights) {
        double total = queryConcepts.stream().mapToDouble(c -> weights.getOrDefault(c, 1.0)).sum();
        double shared = queryConcepts.stream().filter(listingConcepts::contains)
                .mapToDouble(c -> weights.getOrDefault(c, 1.0)).sum();
        double concept = total == 0 ? 0 : shared / total;
        double words = Math.min(1, 2.5 * TextFeatures.cosine(queryTerms, listingTerms));
        return Math.min(1, CONCEPT_WEIGHT * Math.sqrt(concept) + (1 - CONCEPT_WEIGHT) * words);
    }

    private static double relevance(Features query, Features listing, Map<String, Double> weights) {
        return relevance(query.concepts(), query.terms(), listing.concepts(), listing.terms(), weights);
    }

    private Features features(IndexableListing listing) {
        Features cached = cache.get(listing.id());
        if (cached != null && cached.version() == listing.version()) {
            return cached;
        }
        String text = text(listing);
        Features fresh = new Features(listing.version(), vocabulary.concepts(text), TextFeatures.terms(text));
        cache.put(listing.id(), fresh);
        return fresh;
    }

    /** Everything a listing says about itself, in its original language and every translation. */
    static String text(IndexableListing listing) {
        StringBuilder out = new StringBuilder();
        Stream.concat(Stream.of(listing.original()),
                        listing.translations() == null ? Stream.empty() : listing.translations().values().stream())
                .filter(java.util.Objects::nonNull)
                .forEach(t -> {
                    out.append(t.title()).append('\n').append(t.summary()).append('\n').append(t.description()).append('\n');
                    if (t.keywords() != null) {
                        out.append(String.join(" ", t.keywords())).append('\n');
                    }
                });
        return out.toString().replace("null", "");
    }
}
