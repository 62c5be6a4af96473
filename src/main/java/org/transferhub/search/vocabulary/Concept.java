package org.transferhub.search.vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.transferhub.search.analysis.SearchLanguage;

/**
 * One concept of the medical vocabulary: a code (ICD-11, MeSH or a project code) and its terms per
 * language tag ({@code uz-Latn}, {@code uz-Cyrl}, …), the first term of each language preferred.
 */
public record Concept(String code, String scheme, String category, Map<String, List<String>> terms) {

    public Concept {
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }

    /** The preferred term in the given language, else English, else any. */
    public String preferredTerm(Optional<SearchLanguage> language) {
        if (language.isPresent()) {
            for (Map.Entry<String, List<String>> entry : terms.entrySet()) {
                if (SearchLanguage.of(entry.getKey()).equals(language) && !entry.getValue().isEmpty()) {
                    return entry.getValue().getFirst();
                }
            }
        }
        List<String> english = terms.get("en");
        if (english != null && !english.isEmpty()) {
            return english.getFirst();
        }
        return terms.values().stream().filter(t -> !t.isEmpty()).map(List::getFirst).findFirst().orElse(code);
    }

    /** This concept with more terms (staff synonyms) appended to a language. */
    public Concept withTerms(String languageTag, List<String> more) {
        Map<String, List<String>> merged = new LinkedHashMap<>(terms);
        List<String> existing = new java.util.ArrayList<>(merged.getOrDefault(languageTag, List.of()));
        more.stream().filter(t -> !existing.contains(t)).forEach(existing::add);
        merged.put(languageTag, List.copyOf(existing));
        return new Concept(code, scheme, category, merged);
    }
}
