package org.transferhub.search.vocabulary;

import java.util.concurrent.atomic.AtomicReference;
import org.transferhub.search.analysis.Analyzers;

/** The vocabulary in use and its matcher, swapped as a whole when staff add synonyms. */
public final class CurrentVocabulary {

    private final Analyzers analyzers;
    private final AtomicReference<State> state = new AtomicReference<>();

    public CurrentVocabulary(Vocabulary vocabulary, Analyzers analyzers) {
        this.analyzers = analyzers;
        replace(vocabulary);
    }

    public Analyzers analyzers() {
        return analyzers;
    }

    public Vocabulary vocabulary() {
        return state.get().vocabulary();
    }

    public ConceptMatcher matcher() {
        return state.get().matcher();
    }

    public void replace(Vocabulary vocabulary) {
        state.set(new State(vocabulary, new ConceptMatcher(vocabulary, analyzers)));
    }

    private record State(Vocabulary vocabulary, ConceptMatcher matcher) {}
}
