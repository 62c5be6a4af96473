package org.transferhub.catalog;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells every {@link ListingChangeListener} (search index, matcher; possibly none) about changed
 * listings and completes when all have applied them. A failing listener is logged, not propagated:
 * the change is already stored, and listeners catch up through {@link CatalogReader#changedSince}.
 */
@Component
public class ListingChangeNotifier {

    private static final Logger log = LoggerFactory.getLogger(ListingChangeNotifier.class);

    private final ObjectProvider<ListingChangeListener> listeners;

    ListingChangeNotifier(ObjectProvider<ListingChangeListener> listeners) {
        this.listeners = listeners;
    }

    public Mono<Void> changed(Collection<String> listingIds) {
        if (listingIds.isEmpty()) {
            return Mono.empty();
        }
        List<String> ids = List.copyOf(listingIds);
        return Flux.fromStream(listeners.orderedStream())
                .concatMap(listener -> Mono.defer(() -> listener.listingsChanged(ids))
                        .onErrorResume(e -> {
                            log.warn("Listener {} failed for {} listing(s); it must catch up", listener.getClass().getName(),
                                    ids.size(), e);
                            return Mono.empty();
                        }))
                .then();
    }
}
