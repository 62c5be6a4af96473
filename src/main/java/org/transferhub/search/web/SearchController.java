package org.transferhub.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.account.Role;
import org.transferhub.search.SearchEngine;
import org.transferhub.search.SearchRequest;
import org.transferhub.search.SearchResult;
import org.transferhub.search.SearchThreads;
import org.transferhub.search.Suggester;
import org.transferhub.search.query.InvalidSearchQuery;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Public search. Anonymous callers and non-staff always get PUBLISHED listings only: the status
 * filter is the server's, never the query text's. Every index call runs off the event loop.
 */
@RestController
class SearchController {

    private static final int MAX_SIZE = 100;

    private final SearchEngine engine;
    private final Suggester suggester;
    private final CurrentUsers users;
    private final Scheduler searchThreads;

    SearchController(SearchEngine engine, Suggester suggester, CurrentUsers users, SearchThreads searchThreads) {
        this.engine = engine;
        this.suggester = suggester;
        this.users = users;
        this.searchThreads = searchThreads.scheduler();
    }

    @GetMapping("/api/search")
    Mono<SearchResult> search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) List<String> diseaseArea, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) Integer trlMin, @RequestParam(required = false) Integer trlMax,
            @RequestParam(required = false) List<String> country, @RequestParam(required = false) List<String> mode,
            @RequestParam(required = false) List<String> language, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(required = false) List<String> status) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            return Mono.error(new InvalidSearchQuery("page must be ≥ 0 and size between 1 and " + MAX_SIZE));
        }
        if (trlMin != null && (trlMin < 1 || trlMin > 9) || trlMax != null && (trlMax < 1 || trlMax > 9)) {
            return Mono.error(new InvalidSearchQuery("trlMin and trlMax must be between 1 and 9"));
        }
        SearchRequest.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "newest" -> SearchRequest.Sort.NEWEST;
            default -> null;
        };
        if (order == null) {
            return Mono.error(new InvalidSearchQuery("sort must be relevance or newest"));
        }
        return visibleStatuses(status).flatMap(statuses -> Mono.fromCallable(() -> engine.search(new SearchRequest(q, lang,
                page, size, nz(diseaseArea), nz(type), trlMin, trlMax, nz(country), nz(mode), nz(language), order, statuses)))
                .subscribeOn(searchThreads));
    }

    @GetMapping("/api/search/suggest")
    Mono<Map<String, List<Suggester.Suggestion>>> suggest(@RequestParam(required = false) String q,
            @RequestParam(required = false) String lang, @RequestParam(defaultValue = "8") int size) {
        int limit = Math.max(1, Math.min(size, 20));
        return Mono.fromCallable(() -> Map.of("suggestions", suggester.suggest(q, lang, limit)))
                .subscribeOn(searchThreads);
    }

    @GetMapping("/api/listings/{id}/similar")
    Mono<Map<String, List<SearchResult.Hit>>> similar(@PathVariable String id, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "6") int size) {
        int limit = Math.max(1, Math.min(size, 20));
        return Mono.fromCallable(() -> engine.similar(id, lang, limit))
                .subscribeOn(searchThreads)
                .flatMap(found -> found.map(hits -> Mono.just(Map.of("hits", hits)))
                        .orElseGet(() -> Mono.error(new ListingNotSearchable(id))));
    }

    /** PUBLISHED for everyone; staff may ask for other statuses (none given: every status). */
    private Mono<List<String>> visibleStatuses(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return Mono.just(List.of("PUBLISHED"));
        }
        return users.current().filter(user -> user.has(Role.STAFF)).map(staff -> List.copyOf(requested))
                .defaultIfEmpty(List.of("PUBLISHED"));
    }

    private static List<String> nz(List<String> values) {
        return values == null ? List.of() : values;
    }

    static class ListingNotSearchable extends NotFound {
        ListingNotSearchable(String id) {
            super("Listing", id);
        }
    }
}
