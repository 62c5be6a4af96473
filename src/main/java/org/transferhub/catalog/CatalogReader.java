package org.transferhub.catalog;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read access to listings for derived views (search index, matching), without the catalog's internals. */
public interface CatalogReader {

    /** Every listing in any status, streamed in id order (for full index rebuilds). */
    Flux<IndexableListing> all();

    /** One listing in any status, or empty when it does not exist. */
    Mono<IndexableListing> find(String listingId);

    /** Listings changed at or after the given time, in any status (for index catch-up after a crash). */
    Flux<IndexableListing> changedSince(java.time.Instant since);
}
