package org.transferhub.matching;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.transferhub.needs.NeedTextAnalysis;
import reactor.core.publisher.Mono;

/** Gives the needs board the concepts and analysed words the matcher and the search use (through {@link TextRelevance}). */
@Component
class SearchNeedTextAnalysis implements NeedTextAnalysis {

    private final TextRelevance relevance;

    SearchNeedTextAnalysis(TextRelevance relevance) {
        this.relevance = relevance;
    }

    @Override
    public Mono<Set<String>> concepts(String text, String language) {
        return relevance.concepts(text, language);
    }

    @Override
    public Mono<Set<String>> words(String text, String language) {
        return relevance.words(text, language);
    }

    @Override
    public Mono<List<Set<String>>> queryWords(String text, String uiLanguage) {
        return relevance.queryWords(text, uiLanguage);
    }
}
