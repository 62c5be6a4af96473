package org.transferhub.search.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The words one edit away from a query word (the first two letters fixed), as a query over one
 * field, kept for the words searched recently. Lucene's FuzzyQuery builds and compiles a Levenshtein
 * automaton on every search, which was about a tenth of a search's time; an automaton depends only on
 * the word, and searchers use the same medical words again and again, so it is built once per word.
 * The expansion is the same as FuzzyQuery's (at most 16 terms, blended frequencies); only its
 * distinction between the word itself and its one-edit neighbours is gone, which the text query
 * (exact words, weighted far higher) makes anyway.
 */
final class NearSpellings {

    static final int MAX_EDITS = 1;
    static final int PREFIX = 2;
    static final int MAX_EXPANSIONS = 16;
    private static final int REMEMBERED = 4_096;

    private final Map<Term, Query> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Term, Query> eldest) {
            return size() > REMEMBERED;
        }
    };

    Query of(Term term) {
        synchronized (recent) {
            Query known = recent.get(term);
            if (known != null) {
                return known;
            }
        }
        CompiledAutomaton compiled = FuzzyQuery.getFuzzyAutomaton(term.text(), MAX_EDITS, PREFIX, true);
        Query built = compiled.type == CompiledAutomaton.AUTOMATON_TYPE.NORMAL
                ? new AutomatonQuery(term, compiled.automaton, true, // compiled: already over UTF-8 bytes
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS))
                : new FuzzyQuery(term, MAX_EDITS, PREFIX, MAX_EXPANSIONS, true);
        synchronized (recent) {
            recent.put(term, built);
        }
        return built;
    }
}
