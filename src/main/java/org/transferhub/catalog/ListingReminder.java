package org.transferhub.catalog;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An in-app notice to a providing institution that one of its listings expires soon (there is no
 * e-mail yet). Written once per publication period, by whichever node's expiry run gets there first.
 */
@Document("catalog_reminders")
@CompoundIndex(name = "by_institution", def = "{'institutionId': 1, 'createdAt': -1}")
public record ListingReminder(@Id String id, String institutionId, String listingId, String reference, String title,
        String kind, Instant expiresAt, Instant createdAt) {

    static ListingReminder expiring(Listing listing, Instant now, Instant expiresAt) {
        return new ListingReminder(null, listing.provider() == null ? null : listing.provider().institutionId(),
                listing.id(), listing.reference(), listing.content().title(), "EXPIRY_REMINDER", expiresAt, now);
    }
}
