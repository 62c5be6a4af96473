package org.transferhub.search.vocabulary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;

/**
 * Finds vocabulary concepts in text. Every term is analysed the way its language's text is (stems
 * for Russian and English, CJK bigrams for Chinese, the Turkic Latin skeleton for Kazakh, Kyrgyz,
 * Tajik and Uzbek in either script) and stored as a token path in one trie per language; a text is
 * analysed the same way and scanned left to right for the longest path at each position. Cost is
 * linear in the text's tokens, independent of the vocabulary's size.
 */
public final class ConceptMatcher {

    /** Agglutinative languages: a term's last word also matches with case/possessive suffixes. */
    private static final Set<SearchLanguage> SUFFIXING = EnumSet.of(SearchLanguage.KK, SearchLanguage.KY,
            SearchLanguage.TG, SearchLanguage.UZ);
    private static final int MIN_PREFIX = 4;
    private static final int MAX_SUFFIX = 7;

    private final Analyzers analyzers;
    private final Map<SearchLanguage, Node> tries = new EnumMap<>(SearchLanguage.class);

    public ConceptMatcher(Vocabulary vocabulary, Analyzers analyzers) {
        this.analyzers = analyzers;
        for (Concept concept : vocabulary.concepts()) {
            concept.terms().forEach((tag, terms) -> SearchLanguage.of(tag).ifPresent(language -> {
                for (String term : terms) {
                    add(language, term, concept.code());
                }
            }));
        }
    }

    /** The analysis field whose tokens the trie of a language holds. */
    static String matchField(SearchLanguage language) {
        return switch (language) {
            case ZH -> IndexFields.ZH_BIGRAMS;
            case KK, KY, TG, UZ -> IndexFields.TURKIC_LATIN;
            default -> language.fields().getFirst();
        };
    }

    /**
     * Concept mentions in a text written in {@code language}. English terms are looked for in every
     * text (abbreviations such as HbA1c appear in all languages); Russian ones in texts of other
     * Cyrillic languages, which borrow much medical vocabulary from Russian.
     */
    public List<ConceptMention> find(String text, SearchLanguage language) {
        return find(text, language, false);
    }

    /**
     * Every concept named anywhere in the text, including those nested inside a longer term
     * («糖尿病足溃疡» also names «糖尿病足» and «糖尿病»). Used at index time, so that a query for the
     * broader concept finds the listing; queries themselves use the longest terms only.
     */
    public List<ConceptMention> findAll(String text, SearchLanguage language) {
        return find(text, language, true);
    }

    /**
     * The longest, non-overlapping concept mentions across several candidate languages of a query:
     * where two languages' terms overlap, the longer term wins («инсулин помпасы» is the pump, not
     * the Russian «инсулин» inside it).
     */
    public List<ConceptMention> findLongest(String text, List<SearchLanguage> languages) {
        List<ConceptMention> all = new ArrayList<>();
        for (SearchLanguage language : languages) {
            all.addAll(find(text, language, false));
        }
        all.sort((a, b) -> (b.end() - b.start()) - (a.end() - a.start()));
        List<ConceptMention> chosen = new ArrayList<>();
        for (ConceptMention mention : all) {
            boolean overlaps = chosen.stream().anyMatch(c -> c.start() < mention.end() && mention.start() < c.end());
            if (!overlaps) {
                chosen.add(mention);
            }
        }
        chosen.sort((a, b) -> a.start() - b.start());
        return chosen;
    }

    private List<ConceptMention> find(String text, SearchLanguage language, boolean nested) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<SearchLanguage> languages = new LinkedHashSet<>();
        languages.add(language);
        if (language == SearchLanguage.BE || SUFFIXING.contains(language)) {
            languages.add(SearchLanguage.RU);
        }
        languages.add(SearchLanguage.EN);
        List<ConceptMention> mentions = new ArrayList<>();
        for (SearchLanguage each : languages) {
            Node root = tries.get(each);
            if (root != null) {
                scan(root, analyzers.tokens(matchField(each), text), SUFFIXING.contains(each), nested, mentions);
            }
        }
        return mentions;
    }

    private void scan(Node root, List<Analyzers.Token> tokens, boolean suffixing, boolean nested, List<ConceptMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            int matchedEnd = -1;
            String matchedCode = null;
            for (int j = i; j < tokens.size(); j++) {
                node = node.child(tokens.get(j).term(), suffixing);
                if (node == null) {
                    break;
                }
                if (node.code != null) {
                    if (nested && matchedCode != null) {
                        out.add(new ConceptMention(matchedCode, tokens.get(i).start(), tokens.get(matchedEnd).end()));
                    }
                    matchedEnd = j;
                    matchedCode = node.code;
                }
            }
            if (nested) {
                if (matchedCode != null) {
                    out.add(new ConceptMention(matchedCode, tokens.get(i).start(), tokens.get(matchedEnd).end()));
                }
                i++; // nested mode: every start position, so inner terms are found too
                continue;
            }
            if (matchedCode != null) {
                out.add(new ConceptMention(matchedCode, tokens.get(i).start(), tokens.get(matchedEnd).end()));
                i = matchedEnd + 1;
            } else {
                i++;
            }
        }
    }

    private void add(SearchLanguage language, String term, String code) {
        List<String> path = analyzers.terms(matchField(language), term);
        if (path.isEmpty()) {
            return;
        }
        Node node = tries.computeIfAbsent(language, l -> new Node());
        for (String token : path) {
            node = node.children.computeIfAbsent(token, t -> new Node());
        }
        if (node.code == null) {
            node.code = code; // the first concept to claim a term keeps it
        }
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private String code;

        Node child(String token, boolean suffixing) {
            Node exact = children.get(token);
            if (exact != null || !suffixing) {
                return exact;
            }
            // Kazakh «диабетімен», Uzbek «diabetning»: try the word without up to MAX_SUFFIX letters.
            for (int cut = 1; cut <= MAX_SUFFIX && token.length() - cut >= MIN_PREFIX; cut++) {
                Node prefix = children.get(token.substring(0, token.length() - cut));
                if (prefix != null) {
                    return prefix;
                }
            }
            return null;
        }
    }
}
