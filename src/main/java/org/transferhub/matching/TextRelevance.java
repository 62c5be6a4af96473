package org.transferhub.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.transferhub.catalog.IndexableListing;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How the matcher asks the search engine about text, without depending on its internals. The
 * Lucene-based implementation (cross-lingual analysers and vocabulary) replaces the fallback
 * {@link TokenOverlapRelevance} by declaring a bean of this type.
 */
public interface TextRelevance {

    /** A text to compare a listing with (a need's), under the caller's key (the need's id). */
    record Probe(String key, String text, String language) {}

    /**
     * Published listings relevant to a text, each with a relevance normalised to 0..1 that does not
     * depend on the other results (so that scores stay comparable between needs). At most {@code limit}.
     */
    Mono<Map<String, Double>> relevantListings(String text, String language, int limit);

    /**
     * The relevance of one published listing to each of several texts, on the scale of
     * {@link #relevantListings} (the same value it would report for the pair). Keys of texts the listing
     * is not relevant to are absent. Used when one listing changes and every open need is re-scored.
     */
    default Mono<Map<String, Double>> relevanceTo(IndexableListing listing, List<Probe> probes) {
        return Flux.fromIterable(probes)
                .concatMap(probe -> relevantListings(probe.text(), probe.language(), Integer.MAX_VALUE)
                        .map(found -> Map.entry(probe.key(), found.getOrDefault(listing.id(), 0.0))))
                .filter(entry -> entry.getValue() > 0)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Vocabulary concept codes (for example {@code ATC:A10A}) mentioned by a text. */
    Mono<Set<String>> concepts(String text, String language);

    /**
     * The words of a text written in {@code language}, analysed as the search index analyses that
     * language, each as {@code field:term}. The fallback: lower-cased letter runs under {@code any:}.
     */
    default Mono<Set<String>> words(String text, String language) {
        return Mono.fromCallable(() -> TextFeatures.terms(text).stream().map(term -> "any:" + term)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** A query's {@link #words} for each language it may be written in (the fallback has one). */
    default Mono<List<Set<String>>> queryWords(String text, String language) {
        return words(text, language).map(words -> words.isEmpty() ? List.<Set<String>>of() : List.of(words));
    }
}
