package org.transferhub.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.index.SearchIndex;
import org.transferhub.search.query.UserQueryParser;
import org.transferhub.search.vocabulary.Concept;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import org.transferhub.search.vocabulary.Vocabulary;
import org.transferhub.search.query.InvalidSearchQuery;
import tools.jackson.databind.json.JsonMapper;

/** Autocomplete: vocabulary terms in the searcher's language and titles of published listings. */
public final class Suggester {

    private static final int MIN_PREFIX_CHARS = 1;

    private final SearchIndex index;
    private final Analyzers analyzers;
    private final CurrentVocabulary vocabulary;
    private final JsonMapper json;

    public Suggester(SearchIndex index, Analyzers analyzers, CurrentVocabulary vocabulary, JsonMapper json) {
        this.index = index;
        this.analyzers = analyzers;
        this.vocabulary = vocabulary;
        this.json = json;
    }

    private record Term(Optional<SearchLanguage> language, String folded, String text, String code) {}

    private record Terms(Vocabulary vocabulary, List<Term> terms) {}

    /** Every vocabulary term, folded once per vocabulary version. */
    private volatile Terms terms = new Terms(null, List.of());

    private List<Term> terms() {
        Terms current = terms;
        Vocabulary now = vocabulary.vocabulary();
        if (current.vocabulary() != now) {
            List<Term> all = new ArrayList<>();
            for (Concept concept : now.concepts()) {
                concept.terms().forEach((tag, texts) -> texts.forEach(text -> all.add(new Term(SearchLanguage.of(tag),
                        String.join(" ", analyzers.terms(IndexFields.NEUTRAL, text)), text, concept.code()))));
            }
            current = new Terms(now, List.copyOf(all));
            terms = current;
        }
        return current.terms();
    }

    public record Suggestion(String text, String kind, String code, String listingId) {}

    public List<Suggestion> suggest(String q, String lang, int limit) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > UserQueryParser.MAX_LENGTH) {
            throw new InvalidSearchQuery("The query is longer than " + UserQueryParser.MAX_LENGTH + " characters");
        }
        List<String> typed = analyzers.terms(IndexFields.NEUTRAL, q);
        if (typed.isEmpty() || typed.size() > 8 || String.join("", typed).length() < MIN_PREFIX_CHARS) {
            return List.of();
        }
        String prefix = String.join(" ", typed);
        Optional<SearchLanguage> language = SearchLanguage.of(lang);
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Term term : terms()) {
            if ((language.isEmpty() || term.language().equals(language)) && term.folded().startsWith(prefix)
                    && seen.add(term.text())) {
                suggestions.add(new Suggestion(term.text(), "concept", term.code(), null));
            }
        }
        suggestions.sort(Comparator.comparingInt(s -> s.text().length()));
        List<Suggestion> concepts = suggestions.subList(0, Math.min(limit / 2 + 1, suggestions.size()));
        List<Suggestion> result = new ArrayList<>(concepts);
        result.addAll(titles(typed, language, limit - result.size()));
        return result.subList(0, Math.min(limit, result.size()));
    }

    private List<Suggestion> titles(List<String> typed, Optional<SearchLanguage> language, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new org.apache.lucene.index.Term(IndexFields.STATUS, "PUBLISHED")), Occur.FILTER);
        for (int i = 0; i < typed.size() - 1; i++) {
            query.add(new TermQuery(new org.apache.lucene.index.Term(IndexFields.NEUTRAL, typed.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new org.apache.lucene.index.Term(IndexFields.NEUTRAL, typed.getLast())), Occur.MUST);
        return index.read(searcher -> {
            List<Suggestion> titles = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(IndexFields.SOURCE));
                IndexableListing listing = json.readValue(doc.getBinaryValue(IndexFields.SOURCE).bytes, IndexableListing.class);
                String title = listing.original().title();
                if (language.isPresent() && listing.translations() != null) {
                    for (var entry : listing.translations().entrySet()) {
                        if (SearchLanguage.of(entry.getKey()).equals(language)) {
                            title = entry.getValue().title();
                        }
                    }
                }
                titles.add(new Suggestion(title, "listing", null, listing.id()));
            }
            return titles;
        });
    }
}
