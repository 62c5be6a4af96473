package org.transferhub.matching;

import java.util.Collection;
import org.springframework.stereotype.Component;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedChangeListener;
import reactor.core.publisher.Mono;

/**
 * Keeps stored matches current: a listing published, changed or archived; a need opened, edited or
 * closed. Ordered last among listing listeners, so that the search index (which TextRelevance reads)
 * has applied a change before the matcher re-scores it.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class MatchingListeners implements ListingChangeListener, NeedChangeListener {

    private final Matcher matcher;

    MatchingListeners(Matcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public Mono<Void> listingsChanged(Collection<String> listingIds) {
        return matcher.refreshListings(listingIds);
    }

    @Override
    public Mono<Void> needChanged(Need need) {
        return matcher.refreshNeed(need);
    }
}
