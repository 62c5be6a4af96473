package org.transferhub.catalog.web;

import java.time.Duration;
import java.time.Instant;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.Provider;

/**
 * A listing waiting for staff: a new submission or a revision of a published listing.
 *
 * @param kind NEW_LISTING or REVISION
 * @param waitingSeconds how long it has waited, for the queue's "waiting for" column
 */
record ReviewQueueItem(String id, String reference, String kind, String title, String language, Provider provider,
        Instant waitingSince, long waitingSeconds) {

    static ReviewQueueItem of(Listing l, Instant now) {
        boolean revision = l.pendingRevision() != null;
        String title = revision ? l.pendingRevision().content().title() : l.content().title();
        return new ReviewQueueItem(l.id(), l.reference(), revision ? "REVISION" : "NEW_LISTING", title,
                l.content().language(), l.provider(), l.awaitingReviewSince(),
                Duration.between(l.awaitingReviewSince(), now).toSeconds());
    }
}
