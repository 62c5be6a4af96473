package org.transferhub.matching;

import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * How the matcher asks the search engine about text, without depending on its internals. The
 * Lucene-based implementation (cross-lingual analysers and vocabulary) replaces the fallback
 * {@link TokenOverlapRelevance} by declaring a bean of this type.
 */
public interface TextRelevance {

    /**
     * Published listings relevant to a text, each with a relevance normalised to 0..1 that does not
     * depend on the other results (so that scores stay comparable between needs). At most {@code limit}.
     */
    Mono<Map<String, Double>> relevantListings(String text, String language, int limit);

    /** Vocabulary concept codes (for example {@code ATC:A10A}) mentioned by a text. */
    Mono<Set<String>> concepts(String text, String language);
}
