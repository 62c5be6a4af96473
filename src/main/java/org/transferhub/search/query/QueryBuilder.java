package org.transferhub.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.language.LanguageDetector;
import org.transferhub.search.vocabulary.ConceptMatcher;
import org.transferhub.search.vocabulary.ConceptMention;

/**
 * Builds the Lucene query: the words in the fields of the query's probable languages (each field
 * analysed with its own analyzer, so Cyrillic never reaches the Chinese fields), OR the vocabulary
 * concepts the query names (which match listings in every language), OR — weakly — near spellings
 * of long words. Text matches weigh more than concept matches, so a listing using the searcher's own
 * words ranks above an equally relevant one that only shares the concept.
 */
public final class QueryBuilder {

    static final float TEXT_BOOST = 2.0f;
    static final float CONCEPT_BOOST = 1.0f;
    static final float FUZZY_BOOST = 0.15f;
    static final float SECONDARY_LANGUAGE = 0.7f;
    static final float PARTIAL_TEXT = 0.25f;
    private static final int FUZZY_MIN_LENGTH = 6;
    private static final int MAX_FUZZY_WORDS = 3;

    private final Analyzers analyzers;
    private final LanguageDetector detector;
    private final NearSpellings nearSpellings = new NearSpellings();

    public QueryBuilder(Analyzers analyzers, LanguageDetector detector) {
        this.analyzers = analyzers;
        this.detector = detector;
    }

    public QueryPlan build(UserQuery userQuery, Optional<SearchLanguage> hint, ConceptMatcher concepts) {
        String positive = userQuery.positiveText();
        String detectable = positive.isEmpty() ? String.join(" ", userQuery.excluded()) : positive;
        List<SearchLanguage> languages = detectable.isBlank() ? hint.map(List::of).orElse(List.of()) : detector.detect(detectable, hint);
        Map<String, Set<String>> terms = new HashMap<>();
        if (userQuery.isEmpty()) {
            return new QueryPlan(null, null, languages, List.of(), terms);
        }
        List<ConceptMention> mentions = concepts.findLongest(positive, languages);
        List<String> conceptCodes = mentions.stream().map(ConceptMention::code).distinct().toList();
        List<List<String>> units = units(userQuery.words(), mentions);

        BooleanQuery.Builder root = new BooleanQuery.Builder();
        // Every part of the scoring query matches exactly the union of some of these (a word in a
        // field matches through the loose clause, which the strict one only narrows), so this
        // disjunction matches the same documents.
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        Query text = textQuery(userQuery, units, languages, terms, matches);
        if (text != null) {
            root.add(new BoostQuery(text, TEXT_BOOST), Occur.SHOULD);
        }
        if (!conceptCodes.isEmpty()) {
            BooleanQuery.Builder conceptQuery = new BooleanQuery.Builder();
            conceptCodes.forEach(code -> {
                conceptQuery.add(new TermQuery(new Term(IndexFields.CONCEPT, code)), Occur.SHOULD);
                matches.add(new TermQuery(new Term(IndexFields.CONCEPT, code)), Occur.SHOULD);
            });
            root.add(new BoostQuery(conceptQuery.build(), CONCEPT_BOOST), Occur.SHOULD);
        }
        BooleanQuery fuzzy = fuzzyQuery(userQuery.words());
        if (fuzzy != null) {
            root.add(new BoostQuery(fuzzy, FUZZY_BOOST), Occur.SHOULD);
            fuzzy.clauses().forEach(clause -> matches.add(clause.query(), Occur.SHOULD));
        }
        for (String excluded : userQuery.excluded()) {
            exclusions(excluded, languages, concepts).forEach(q -> {
                root.add(q, Occur.MUST_NOT);
                matches.add(q, Occur.MUST_NOT);
            });
        }
        root.setMinimumNumberShouldMatch(1);
        matches.setMinimumNumberShouldMatch(1);
        BooleanQuery built = root.build();
        boolean anyPositive = built.clauses().stream().anyMatch(c -> c.occur() == Occur.SHOULD);
        return anyPositive ? new QueryPlan(built, matches.build(), languages, conceptCodes, terms)
                : new QueryPlan(null, null, languages, conceptCodes, terms);
    }

    private List<String> conceptsOf(String text, List<SearchLanguage> languages, ConceptMatcher concepts) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        concepts.findLongest(text, languages).stream().map(ConceptMention::code).forEach(codes::add);
        return List.copyOf(codes);
    }

    /** Best field per language (dis-max), the query's first language at full weight, others lower. */
    /**
     * The query's words grouped into units that must match as a whole for a full text score: the
     * words of one multi-word concept mention form one unit («gestational diabetes»), every other
     * word is a unit of its own. A listing sharing only «diabetes» with «gestational diabetes
     * screening» is then a partial match, not a full one.
     */
    static List<List<String>> units(List<String> words, List<ConceptMention> mentions) {
        List<List<String>> units = new ArrayList<>();
        int offset = 0;
        List<String> group = null;
        ConceptMention groupMention = null;
        for (String word : words) {
            int start = offset;
            int end = offset + word.length();
            offset = end + 1;
            ConceptMention covering = mentions.stream().filter(m -> m.start() <= start && end <= m.end()).findFirst().orElse(null);
            if (covering != null && covering.equals(groupMention)) {
                group.add(word);
                continue;
            }
            group = new ArrayList<>(List.of(word));
            groupMention = covering;
            units.add(group);
        }
        return units;
    }

    private Query textQuery(UserQuery userQuery, List<List<String>> units, List<SearchLanguage> languages,
            Map<String, Set<String>> terms, BooleanQuery.Builder matches) {
        List<Query> perField = new ArrayList<>();
        Set<String> queried = new HashSet<>();
        for (int rank = 0; rank < languages.size(); rank++) {
            float weight = rank == 0 ? 1f : SECONDARY_LANGUAGE;
            for (String field : languages.get(rank).fields()) {
                if (!queried.add(field)) {
                    continue; // Kazakh, Kyrgyz, Tajik and Uzbek share the Turkic Latin field: once, at its best weight
                }
                Query query = fieldQuery(field, userQuery, units, terms, matches);
                if (query != null) {
                    perField.add(new BoostQuery(query, weight * fieldWeight(field)));
                }
            }
        }
        Query neutral = fieldQuery(IndexFields.NEUTRAL, userQuery, units, terms, matches);
        if (neutral != null) {
            perField.add(new BoostQuery(neutral, 0.5f));
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.2f);
    }

    private static float fieldWeight(String field) {
        return switch (field) {
            case IndexFields.ZH_BIGRAMS -> 0.6f; // recall for compounds the segmenter keeps whole
            case IndexFields.TURKIC_LATIN -> 0.8f; // the other script of the same language
            default -> 1f;
        };
    }

    private Query fieldQuery(String field, UserQuery userQuery, List<List<String>> units, Map<String, Set<String>> terms,
            BooleanQuery.Builder matches) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        BooleanQuery.Builder loose = new BooleanQuery.Builder();
        BooleanQuery.Builder strict = new BooleanQuery.Builder();
        int clauses = 0;
        Set<String> distinct = new LinkedHashSet<>();
        int strictUnits = 0;
        for (List<String> unit : units) {
            Set<String> unitTerms = new LinkedHashSet<>();
            unit.forEach(word -> unitTerms.addAll(analyzers.terms(field, word)));
            unitTerms.removeAll(distinct);
            distinct.addAll(unitTerms);
            if (unit.size() > 1 && unitTerms.size() > 1) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                unitTerms.forEach(term -> all.add(new TermQuery(new Term(field, term)), Occur.MUST));
                strict.add(all.build(), Occur.SHOULD);
                strictUnits++;
            } else {
                for (String term : unitTerms) {
                    strict.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                    strictUnits++;
                }
            }
        }
        for (String term : distinct) {
            loose.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            matches.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            terms.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(term);
        }
        if (strictUnits > 0) {
            // Most units must match for a full text score: one shared generic word («диабет») must
            // not outrank a listing in another language that names the query's concept. Partial
            // matches still count, weakly.
            strict.setMinimumNumberShouldMatch(requiredWords(strictUnits));
            builder.add(strict.build(), Occur.SHOULD);
            if (distinct.size() > 1) {
                builder.add(new BoostQuery(loose.build(), PARTIAL_TEXT), Occur.SHOULD);
            }
            clauses++;
        }
        for (String phrase : userQuery.phrases()) {
            List<String> phraseTerms = analyzers.terms(field, phrase);
            if (phraseTerms.isEmpty()) {
                continue;
            }
            terms.computeIfAbsent(field, f -> new LinkedHashSet<>()).addAll(phraseTerms);
            Query query = phraseTerms.size() == 1 ? new TermQuery(new Term(field, phraseTerms.getFirst()))
                    : new PhraseQuery(1, field, phraseTerms.toArray(String[]::new));
            builder.add(new BoostQuery(query, 1.5f), Occur.SHOULD);
            matches.add(query, Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : builder.build();
    }

    static int requiredWords(int words) {
        return words <= 2 ? words : words <= 4 ? words - 1 : (int) Math.ceil(words * 0.7);
    }

    /**
     * Near spellings of long words in the unstemmed neutral field: one edit, the first two letters
     * fixed (two edits cost milliseconds of automaton building per word: too slow for the latency budget).
     */
    private BooleanQuery fuzzyQuery(List<String> words) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int count = 0;
        for (String word : words) {
            for (String term : analyzers.terms(IndexFields.NEUTRAL, word)) {
                int length = term.codePointCount(0, term.length());
                if (length >= FUZZY_MIN_LENGTH && count < MAX_FUZZY_WORDS && term.chars().allMatch(Character::isLetter)) {
                    builder.add(nearSpellings.of(new Term(IndexFields.NEUTRAL, term)), Occur.SHOULD);
                    count++;
                }
            }
        }
        return count == 0 ? null : builder.build();
    }

    /** An excluded word or phrase excludes its text in the query's languages and any concept it names. */
    private List<Query> exclusions(String excluded, List<SearchLanguage> languages, ConceptMatcher concepts) {
        List<Query> queries = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        languages.forEach(language -> fields.addAll(language.fields()));
        fields.add(IndexFields.NEUTRAL);
        for (String field : fields) {
            List<String> terms = analyzers.terms(field, excluded);
            if (terms.size() == 1) {
                queries.add(new TermQuery(new Term(field, terms.getFirst())));
            } else if (terms.size() > 1) {
                queries.add(new PhraseQuery(field, terms.toArray(String[]::new)));
            }
        }
        conceptsOf(excluded, languages, concepts).forEach(code -> queries.add(new TermQuery(new Term(IndexFields.CONCEPT, code))));
        return queries;
    }
}
