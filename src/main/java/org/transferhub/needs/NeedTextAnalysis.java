package org.transferhub.needs;

import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * How the needs board reads text the way the catalog search does: the vocabulary concepts of a text
 * (so that a Chinese query finds a Russian need) and its words as the search index analyses them in
 * its language (stems, folded scripts, CJK bigrams). Implemented by the matching feature over the search
 * engine; without an implementation the board's text filter finds nothing by text.
 */
public interface NeedTextAnalysis {

    /** Vocabulary concept codes (e.g. {@code ICD11:9B71.0}) named by the text in any of its languages. */
    Mono<Set<String>> concepts(String text, String language);

    /** The words of a text written in {@code language}, each as {@code field:term} of the search index. */
    Mono<Set<String>> words(String text, String language);

    /**
     * A board query's words: one set for each language the query may be written in (the searcher's UI
     * language is a hint, the text is detected), in the same form as {@link #words}; empty sets dropped.
     */
    Mono<List<Set<String>>> queryWords(String text, String uiLanguage);
}
