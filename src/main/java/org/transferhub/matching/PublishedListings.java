package org.transferhub.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import reactor.core.publisher.Mono;

/**
 * What the scorer needs of every published listing, in memory: a need is scored against up to a
 * thousand candidate listings, and reading those from MongoDB for each need (or scanning every
 * listing, as the first matcher did) cannot meet the recompute budget. Texts are dropped (the scorer
 * reads only the structured fields, notices the title), so 100,000 listings take tens of megabytes.
 *
 * <p>Loaded on first use; this node's listing changes update it at once ({@link #apply}); changes made
 * on other nodes arrive through {@link CatalogReader#changedSince}, asked at most every
 * {@link #CATCH_UP_EVERY} (those changes are re-scored on the node where they happened anyway).
 */
final class PublishedListings {

    static final Duration CATCH_UP_EVERY = Duration.ofSeconds(2);
    /** Overlap of catch-up windows: writes on other nodes may carry slightly earlier timestamps. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final CatalogReader catalog;
    private final Clock clock;
    private final Map<String, IndexableListing> byId = new ConcurrentHashMap<>();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile Instant syncedUpTo;
    private volatile Instant checkedAt = Instant.EPOCH;

    PublishedListings(CatalogReader catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Loads everything the first time, then applies changes since the last look (throttled unless forced). */
    Mono<Void> catchUp(boolean force) {
        Instant now = clock.instant();
        if (!force && syncedUpTo != null && now.isBefore(checkedAt.plus(CATCH_UP_EVERY))) {
            return Mono.empty();
        }
        checkedAt = now;
        if (syncedUpTo == null) {
            return catalog.all().doOnNext(this::apply).then(Mono.fromRunnable(() -> syncedUpTo = now));
        }
        return catalog.changedSince(syncedUpTo.minus(SKEW)).doOnNext(this::apply)
                .then(Mono.fromRunnable(() -> syncedUpTo = now));
    }

    void apply(IndexableListing listing) {
        if (!listing.isPublished()) {
            byId.remove(listing.id());
            return;
        }
        byId.merge(listing.id(), slim(listing), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }

    void remove(String id) {
        byId.remove(id);
    }

    Optional<IndexableListing> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    int size() {
        return byId.size();
    }

    private static IndexableListing slim(IndexableListing l) {
        IndexableListing.Text title = l.original() == null ? null
                : new IndexableListing.Text(l.original().title(), null, null, null);
        return new IndexableListing(l.id(), l.reference(), l.status(), l.language(), title, Map.of(), l.diseaseAreas(),
                l.technologyType(), l.trl(), l.transferModes(), l.providerInstitutionId(), l.providerName(),
                l.providerNameLatin(), l.providerCountry(), l.targetCountries(), l.trainingLanguages(),
                l.regulatoryStatus(), l.requirements(), l.publishedAt(), l.updatedAt(), l.version());
    }
}
