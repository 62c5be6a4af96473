package org.transferhub.catalog;

import java.time.Instant;
import org.transferhub.catalog.content.ListingContent;

/**
 * A proposed edit of a published listing: staff review it while the published content stays public.
 *
 * @param state SUBMITTED (waiting for staff) or CHANGES_REQUESTED (back with the provider)
 */
public record Revision(ListingContent content, ListingStatus state, Instant submittedAt, String submittedBy,
        String staffComment) {

    Revision withState(ListingStatus newState, String comment) {
        return new Revision(content, newState, submittedAt, submittedBy, comment);
    }
}
