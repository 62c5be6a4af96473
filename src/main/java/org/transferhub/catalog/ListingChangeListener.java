package org.transferhub.catalog;

import java.util.Collection;
import reactor.core.publisher.Mono;

/**
 * Told by the catalog after listings were created, changed, published, archived or expired. The
 * returned Mono completes when the listener has applied the change (the search index makes them
 * searchable), so that an import or a publish answers only once its listings can be found.
 * Implemented by the search index and the matcher; the catalog does not depend on them.
 */
public interface ListingChangeListener {

    Mono<Void> listingsChanged(Collection<String> listingIds);
}
