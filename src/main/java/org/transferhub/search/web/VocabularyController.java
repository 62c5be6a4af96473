package org.transferhub.search.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.account.Role;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.index.IndexSynchronizer;
import org.transferhub.search.query.InvalidSearchQuery;
import org.transferhub.search.vocabulary.Concept;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import org.transferhub.search.vocabulary.Synonyms;
import org.transferhub.shared.web.Forbidden;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Mono;

/** The vocabulary for everyone to read; staff add synonyms, and listings naming them are reindexed. */
@RestController
class VocabularyController {

    private final CurrentVocabulary vocabulary;
    private final Synonyms synonyms;
    private final IndexSynchronizer synchronizer;
    private final CurrentUsers users;

    VocabularyController(CurrentVocabulary vocabulary, Synonyms synonyms, IndexSynchronizer synchronizer, CurrentUsers users) {
        this.vocabulary = vocabulary;
        this.synonyms = synonyms;
        this.synchronizer = synchronizer;
        this.users = users;
    }

    /** Concepts whose code or any term contains {@code q} (case-insensitive), at most {@code size}. */
    @GetMapping("/api/search/vocabulary")
    Mono<Map<String, Object>> concepts(@RequestParam(required = false) String q, @RequestParam(defaultValue = "100") int size) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Concept> concepts = vocabulary.vocabulary().concepts().stream()
                .filter(c -> needle.isEmpty() || c.code().toLowerCase(Locale.ROOT).contains(needle) || c.terms().values().stream()
                        .flatMap(List::stream).anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle)))
                .limit(Math.max(1, Math.min(size, 1000))).toList();
        return Mono.just(Map.of("total", vocabulary.vocabulary().size(), "concepts", concepts));
    }

    record SynonymForm(@NotBlank @Size(max = 20) String language, @NotBlank @Size(max = 120) String term) {}

    @PostMapping("/api/staff/vocabulary/{code}/synonyms")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Concept> addSynonym(@PathVariable String code, @Valid @RequestBody SynonymForm form) {
        SearchLanguage language = SearchLanguage.of(form.language())
                .orElseThrow(() -> new InvalidSearchQuery("Unsupported language " + form.language()));
        return users.required()
                .flatMap(user -> user.has(Role.STAFF) ? Mono.just(user) : Mono.error(new Forbidden("Only Center staff can edit the vocabulary")))
                .flatMap(user -> vocabulary.vocabulary().find(code).map(Mono::just)
                        .orElseGet(() -> Mono.error(new NotFound("Concept", code)))
                        .flatMap(concept -> synonyms.add(code, form.language(), form.term(), user.username())))
                .map(saved -> {
                    // Listings that use the new term get the concept: reindex them in the background.
                    synchronizer.reindexMentioning(List.of(language.fields().getFirst(), IndexFields.NEUTRAL), form.term()).subscribe();
                    return vocabulary.vocabulary().find(code).orElseThrow();
                });
    }
}
