package org.transferhub.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The multilingual vocabulary ({@code vocabulary/*.jsonl}) as a concept finder: which concepts a
 * text mentions, in any of the vocabulary's languages. Han terms match as substrings; other terms
 * word by word on stems, so «сахарного диабета» meets the term «сахарный диабет».
 */
final class Vocabulary {

    private record Entry(String code, String scheme, String category, Map<String, List<String>> terms) {}

    /** One surface form: Han text, or a sequence of word stems (exact for short words). */
    private record Term(String concept, String han, String[] stems, boolean[] exact, String probe) {}

    private final List<Term> terms;

    private Vocabulary(List<Term> terms) {
        this.terms = terms;
    }

    static Vocabulary load() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Term> terms = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:vocabulary/*.jsonl");
            for (Resource file : files) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (!line.isBlank()) {
                            Entry entry = json.readValue(line, Entry.class);
                            boolean exactWords = "drug".equals(entry.category());
                            entry.terms().values().forEach(forms -> forms.forEach(form -> add(terms, entry.code(), form, exactWords)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabulary", e);
        }
        return new Vocabulary(terms);
    }

    private static void add(List<Term> terms, String concept, String form, boolean exactWords) {
        String normalized = TextFeatures.normalize(form);
        if (normalized.isBlank()) {
            return;
        }
        if (TextFeatures.isHan(normalized)) {
            String han = normalized.replace(" ", "");
            if (han.codePointCount(0, han.length()) >= 2) {
                terms.add(new Term(concept, han, null, null, han));
            }
            return;
        }
        List<String> words = TextFeatures.words(normalized);
        String[] stems = new String[words.size()];
        boolean[] exact = new boolean[words.size()];
        for (int i = 0; i < stems.length; i++) {
            // A single word is cut by one letter at most: cut by two, the brand «Диабетон» would
            // become «диабет» and match every text about diabetes.
            String word = words.get(i);
            // Drug names (INN and brands) are matched exactly: «диабетон» is not «диабетом».
            stems[i] = exactWords ? word : words.size() > 1 ? TextFeatures.stem(word) : TextFeatures.stemLightly(word);
            exact[i] = stems[i].equals(word);
        }
        if (words.size() == 1 && words.get(0).length() < 3) {
            return; // two-letter abbreviations collide with ordinary words
        }
        terms.add(new Term(concept, null, stems, exact, " " + stems[0]));
    }

    int size() {
        return terms.size();
    }

    /** The concept codes a text mentions, sorted (so results are stable). */
    Set<String> concepts(String text) {
        String normalized = TextFeatures.normalize(text);
        String joined = normalized.replace(" ", "");
        List<String> words = null;
        Set<String> found = new TreeSet<>();
        for (Term term : terms) {
            if (found.contains(term.concept())) {
                continue;
            }
            if (term.han() != null) {
                if (joined.contains(term.han())) {
                    found.add(term.concept());
                }
                continue;
            }
            if (!normalized.contains(term.probe())) {
                continue;
            }
            if (words == null) {
                words = TextFeatures.words(normalized);
            }
            if (occurs(term, words)) {
                found.add(term.concept());
            }
        }
        return found;
    }

    private static boolean occurs(Term term, List<String> words) {
        outer:
        for (int i = 0; i + term.stems().length <= words.size(); i++) {
            for (int j = 0; j < term.stems().length; j++) {
                String word = words.get(i + j);
                boolean ok = term.exact()[j] ? word.equals(term.stems()[j]) : word.startsWith(term.stems()[j]);
                if (!ok) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
