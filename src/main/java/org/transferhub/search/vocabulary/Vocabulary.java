package org.transferhub.search.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** The multilingual medical vocabulary: every {@code vocabulary/*.jsonl} on the classpath, merged by code. */
public final class Vocabulary {

    private final Map<String, Concept> byCode;

    public Vocabulary(Collection<Concept> concepts) {
        Map<String, Concept> merged = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            merged.merge(concept.code(), concept, Vocabulary::merge);
        }
        this.byCode = Map.copyOf(merged);
    }

    /** Loads every {@code vocabulary/*.jsonl} file on the classpath (one concept per line). */
    public static Vocabulary fromClasspath() {
        JsonMapper json = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Concept> concepts = new java.util.ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:vocabulary/*.jsonl");
            for (Resource file : files) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (!line.isBlank()) {
                            concepts.add(json.readValue(line, Concept.class));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vocabulary", e);
        }
        return new Vocabulary(concepts);
    }

    public Optional<Concept> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Concept> concepts() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /** This vocabulary with one concept replaced (staff synonyms). */
    public Vocabulary with(Concept concept) {
        Map<String, Concept> copy = new LinkedHashMap<>(byCode);
        copy.put(concept.code(), concept);
        return new Vocabulary(copy.values());
    }

    private static Concept merge(Concept a, Concept b) {
        Concept merged = a;
        for (Map.Entry<String, List<String>> terms : b.terms().entrySet()) {
            merged = merged.withTerms(terms.getKey(), terms.getValue());
        }
        return merged;
    }
}
