package org.transferhub.catalog;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Remembers which listings the catalog reported as changed. */
class RecordingListener implements ListingChangeListener {

    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    @Override
    public Mono<Void> listingsChanged(Collection<String> listingIds) {
        return Mono.fromRunnable(() -> changed.addAll(listingIds));
    }

    boolean wasToldAbout(String listingId) {
        return changed.contains(listingId);
    }

    void forget(String listingId) {
        changed.remove(listingId);
    }
}
