package org.transferhub.search.vocabulary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff-added synonyms, stored in MongoDB on top of the vocabulary files. Every node reloads them
 * on a timer, so a synonym added through one node reaches the others' query analysis too.
 */
public final class Synonyms {

    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);
    static final String COLLECTION = "vocabularySynonyms";

    /** One synonym; the id makes the same term added twice one document. */
    public record Synonym(String id, String code, String language, String term, String addedBy, Instant addedAt) {}

    private final ReactiveMongoTemplate mongo;
    private final Vocabulary base;
    private final CurrentVocabulary current;
    private volatile long loaded = -1;

    public Synonyms(ReactiveMongoTemplate mongo, Vocabulary base, CurrentVocabulary current) {
        this.mongo = mongo;
        this.base = base;
        this.current = current;
    }

    public Mono<Synonym> add(String code, String language, String term, String addedBy) {
        String id = code + "|" + language + "|" + term.strip().toLowerCase(java.util.Locale.ROOT);
        Synonym synonym = new Synonym(id, code, language, term.strip(), addedBy, Instant.now());
        return mongo.save(synonym, COLLECTION).flatMap(saved -> reload().thenReturn(saved));
    }

    /** Re-reads every synonym and swaps the vocabulary in use when they changed. */
    public Mono<Void> reload() {
        return mongo.findAll(Synonym.class, COLLECTION).collectList().doOnNext(this::apply).then();
    }

    private void apply(List<Synonym> synonyms) {
        long fingerprint = synonyms.stream().mapToLong(s -> s.id().hashCode()).sum() * 31 + synonyms.size();
        if (fingerprint == loaded) {
            return;
        }
        Vocabulary merged = base;
        for (Synonym synonym : synonyms) {
            Vocabulary before = merged;
            merged = merged.find(synonym.code()).map(c -> before.with(c.withTerms(synonym.language(), List.of(synonym.term()))))
                    .orElse(merged);
        }
        current.replace(merged);
        loaded = fingerprint;
        log.info("Vocabulary: {} concepts, {} staff synonyms", merged.size(), synonyms.size());
    }

    /** Starts the periodic reload; returns the handle to stop it. */
    public Disposable follow(Duration every) {
        return Flux.interval(Duration.ZERO, every)
                .concatMap(tick -> reload().onErrorResume(e -> {
                    log.debug("Cannot reload vocabulary synonyms: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    public Mono<Long> count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
