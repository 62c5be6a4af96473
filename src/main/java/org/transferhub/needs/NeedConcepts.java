package org.transferhub.needs;

import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Finds the vocabulary concepts of a text, so that the board finds a Russian need for a Chinese
 * query. Implemented by the matching feature over the search engine's vocabulary; without an
 * implementation the board's text filter matches substrings only.
 */
public interface NeedConcepts {

    Mono<Set<String>> concepts(String text, String language);
}
