package org.transferhub.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.*;
import org.transferhub.account.CurrentUsers;
import org.transferhub.catalog.ListingService;
import reactor.core.publisher.Mono;

/** Staff review of new listings and of revisions of published ones. */
@RestController
@RequestMapping("/api/staff/listings")
@Tag(name = "Catalog review (staff)")
class StaffReviewController {

    private final ListingService service;
    private final CurrentUsers users;
    private final ListingViews listings;

    StaffReviewController(ListingService service, CurrentUsers users, ListingViews listings) {
        this.service = service;
        this.users = users;
        this.listings = listings;
    }

    @GetMapping("/review-queue")
    @Operation(summary = "Submissions and revisions waiting for review, oldest first, with waiting time")
    Mono<List<ReviewQueueItem>> queue() {
        Instant now = Instant.now();
        return users.required().flatMapMany(service::reviewQueue)
                .map(listing -> ReviewQueueItem.of(listing, now)).collectList();
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a submitted listing, or approve a submitted revision of a published one")
    Mono<ListingView> publish(@PathVariable String id) {
        return users.required().flatMap(staff -> service.publish(staff, id).map(l -> listings.view(l, staff)));
    }

    @PostMapping("/{id}/request-changes")
    @Operation(summary = "Send a submission or revision back to the provider with a comment")
    Mono<ListingView> requestChanges(@PathVariable String id, @Valid @RequestBody StaffComment body) {
        return users.required().flatMap(staff -> service.requestChanges(staff, id, body.comment())
                .map(l -> listings.view(l, staff)));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Withdraw a published listing from the catalog (its history is kept)")
    Mono<ListingView> archive(@PathVariable String id, @Valid @RequestBody(required = false) ArchiveReason body) {
        return users.required().flatMap(staff -> service.archive(staff, id, body == null ? null : body.comment())
                .map(l -> listings.view(l, staff)));
    }

    @PutMapping("/{id}/translations/{language}")
    @Operation(summary = "Store a translation checked by staff (marked STAFF_REVIEWED); the original stays as it is")
    Mono<ListingView> reviewTranslation(@PathVariable String id, @PathVariable String language,
            @Valid @RequestBody org.transferhub.catalog.content.Translation translation) {
        return users.required().flatMap(staff -> service.reviewTranslation(staff, id, language, translation)
                .map(l -> listings.view(l, staff)));
    }

    record ArchiveReason(@jakarta.validation.constraints.Size(max = 4000) String comment) {}
}
