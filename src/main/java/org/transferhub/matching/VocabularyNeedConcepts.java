package org.transferhub.matching;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.transferhub.needs.NeedConcepts;
import reactor.core.publisher.Mono;

/** Gives the needs board the same concepts the matcher uses (through {@link TextRelevance}). */
@Component
class VocabularyNeedConcepts implements NeedConcepts {

    private final TextRelevance relevance;

    VocabularyNeedConcepts(TextRelevance relevance) {
        this.relevance = relevance;
    }

    @Override
    public Mono<Set<String>> concepts(String text, String language) {
        return relevance.concepts(text, language);
    }
}
