package org.transferhub.matching.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.matching.MatchDesk;
import org.transferhub.matching.StoredMatch.DismissalReason;
import org.transferhub.needs.EnumCode;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Ranked matches from both sides, with explanations, and dismissing them. */
@RestController
class MatchController {

    private static final int MAX_LIMIT = 100;

    private final MatchDesk desk;
    private final CurrentUsers users;

    MatchController(MatchDesk desk, CurrentUsers users) {
        this.desk = desk;
        this.users = users;
    }

    record DismissForm(@NotNull @EnumCode(DismissalReason.class) String reason, @Size(max = 1000) String note) {}

    @GetMapping("/api/needs/{id}/matches")
    Flux<MatchView> matchesForNeed(@PathVariable String id, @RequestParam(defaultValue = "false") boolean includeDismissed,
            @RequestParam(defaultValue = "20") int limit) {
        return checkLimit(limit).thenMany(users.required()
                .flatMapMany(user -> desk.forNeed(user, id, includeDismissed, limit).map(MatchView::forNeed)));
    }

    @GetMapping("/api/listings/{id}/demand")
    Flux<MatchView> demandForListing(@PathVariable String id, @RequestParam(defaultValue = "false") boolean includeDismissed,
            @RequestParam(defaultValue = "20") int limit) {
        return checkLimit(limit).thenMany(users.required().flatMapMany(user -> desk.forListing(user, id, includeDismissed, limit)
                .map(entry -> MatchView.forListing(entry, user))));
    }

    @PostMapping("/api/needs/{id}/matches/{listingId}/dismiss")
    Mono<DismissedView> dismissForNeed(@PathVariable String id, @PathVariable String listingId,
            @Valid @RequestBody DismissForm form) {
        return users.required().flatMap(user -> desk.dismissForNeed(user, id, listingId, form.reason(), form.note()))
                .map(m -> new DismissedView(m.needId(), m.listingId(), m.needDismissal()));
    }

    @PostMapping("/api/listings/{id}/demand/{needId}/dismiss")
    Mono<DismissedView> dismissForListing(@PathVariable String id, @PathVariable String needId,
            @Valid @RequestBody DismissForm form) {
        return users.required().flatMap(user -> desk.dismissForListing(user, id, needId, form.reason(), form.note()))
                .map(m -> new DismissedView(m.needId(), m.listingId(), m.listingDismissal()));
    }

    record DismissedView(String needId, String listingId, org.transferhub.matching.StoredMatch.Dismissal dismissal) {}

    private static Mono<Void> checkLimit(int limit) {
        return limit < 1 || limit > MAX_LIMIT
                ? Mono.error(new InvalidRequest("limit", "must be between 1 and " + MAX_LIMIT)) : Mono.empty();
    }
}
