package org.transferhub.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.CurrentUsers;
import org.transferhub.catalog.HistoryEntry;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingBrowser;
import org.transferhub.catalog.ListingFilter;
import org.transferhub.catalog.ListingService;
import org.transferhub.catalog.content.Countries;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.ListingContent;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Mono;

/** Browsing the catalog (anyone) and providers' work on their own listings. */
@RestController
@Tag(name = "Catalog")
class ListingController {

    private final ListingService service;
    private final ListingBrowser browser;
    private final CurrentUsers users;
    private final ListingViews views;

    ListingController(ListingService service, ListingBrowser browser, CurrentUsers users, ListingViews views) {
        this.service = service;
        this.browser = browser;
        this.users = users;
        this.views = views;
    }

    @GetMapping("/api/listings")
    @Operation(summary = "Published listings, newest first, with optional filters (anyone)")
    Mono<PageView<ListingSummary>> browse(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) DiseaseArea diseaseArea,
            @RequestParam(required = false) TechnologyType type,
            @RequestParam(required = false) @Min(1) @Max(9) Integer trlMin,
            @RequestParam(required = false) @Min(1) @Max(9) Integer trlMax,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) TransferMode mode,
            @RequestParam(required = false) String language) {
        ListingFilter filter = filter(diseaseArea, type, trlMin, trlMax, country, mode, language);
        ListingBrowser.Page result = browser.page(filter, page, size);
        return result.items().map(ListingSummary::of).collectList()
                .zipWith(result.total(), (items, total) -> new PageView<>(items, page, size, total));
    }

    static ListingFilter filter(DiseaseArea diseaseArea, TechnologyType type, Integer trlMin, Integer trlMax,
            String country, TransferMode mode, String language) {
        String countryCode = country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
        if (countryCode != null && !Countries.isValid(countryCode)) {
            throw new InvalidRequest("country", "must be an ISO 3166-1 alpha-2 code such as CN or KZ");
        }
        String lang = language == null || language.isBlank() ? null : language.trim();
        if (lang != null && lang.length() > 35) {
            throw new InvalidRequest("language", "must be a BCP-47 language tag");
        }
        return new ListingFilter(diseaseArea, type, trlMin, trlMax, countryCode, mode, lang);
    }

    @GetMapping("/api/listings/{id}")
    @Operation(summary = "One listing: published for anyone (contact only when signed in); others for owner and staff")
    Mono<ResponseEntity<ListingView>> read(@PathVariable String id) {
        return users.current().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(user -> service.visible(user.orElse(null), id)
                        .map(listing -> withEtag(ResponseEntity.ok(), listing)
                                .body(view(listing, user.orElse(null)))));
    }

    @GetMapping("/api/listings/{id}/history")
    @Operation(summary = "Revisions and status changes: who, when, what (owner and staff)")
    Mono<List<HistoryEntry>> history(@PathVariable String id) {
        return users.required().flatMap(user -> service.withInternals(user, id)).map(Listing::history);
    }

    @GetMapping("/api/my/listings")
    @Operation(summary = "Every listing of the caller's institution, in any status, last changed first")
    Mono<List<ListingSummary>> mine() {
        return users.required().flatMapMany(service::ofMyInstitution).map(ListingSummary::of).collectList();
    }

    @GetMapping("/api/my/listings/reminders")
    @Operation(summary = "Reminders that listings of the caller's institution expire soon (renew them)")
    Mono<List<org.transferhub.catalog.ListingReminder>> reminders() {
        return users.required().flatMapMany(service::remindersOf).collectList();
    }

    @PostMapping("/api/listings")
    @Operation(summary = "Create a draft (provider of a verified institution)")
    Mono<ResponseEntity<ListingView>> create(@RequestBody ListingContent content) {
        return users.required().flatMap(user -> service.create(user, content)
                .map(listing -> withEtag(ResponseEntity.status(HttpStatus.CREATED), listing)
                        .location(java.net.URI.create("/api/listings/" + listing.id()))
                        .body(view(listing, user))));
    }

    @PutMapping("/api/listings/{id}")
    @Operation(summary = "Edit (owner). If-Match must carry the version that was read; a published listing gets a revision for review")
    Mono<ResponseEntity<ListingView>> edit(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ListingContent content) {
        long version = parseVersion(ifMatch);
        return users.required().flatMap(user -> service.edit(user, id, version, content)
                .map(listing -> withEtag(ResponseEntity.ok(), listing).body(view(listing, user))));
    }

    @PostMapping("/api/listings/{id}/submit")
    @Operation(summary = "Submit a draft, changed listing or revision for staff review (owner)")
    Mono<ListingView> submit(@PathVariable String id) {
        return users.required().flatMap(user -> service.submit(user, id).map(l -> view(l, user)));
    }

    @PostMapping("/api/listings/{id}/renew")
    @Operation(summary = "Keep a published listing public for another period, or bring back an expired one (owner)")
    Mono<ListingView> renew(@PathVariable String id) {
        return users.required().flatMap(user -> service.renew(user, id).map(l -> view(l, user)));
    }

    private ListingView view(Listing listing, CurrentUser userOrNull) {
        return views.view(listing, userOrNull);
    }

    static ResponseEntity.BodyBuilder withEtag(ResponseEntity.BodyBuilder builder, Listing listing) {
        return builder.eTag("\"" + listing.version() + "\"");
    }

    /** Accepts {@code "3"}, {@code W/"3"} or {@code 3}: the version from the ETag the client read. */
    static long parseVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidRequest("If-Match", "send the version you edited (the ETag of the listing) in If-Match");
        }
        String digits = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("If-Match", "must be the listing's ETag, such as \"3\"");
        }
    }
}
