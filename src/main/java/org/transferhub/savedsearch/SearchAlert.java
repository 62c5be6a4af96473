package org.transferhub.savedsearch;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One listing that fits one saved search, for its user. The id {@code searchId:listingId} makes the
 * alert unique: a listing changed again, or seen by two nodes at once, alerts once (duplicate key).
 */
@Document("search_alerts")
public record SearchAlert(@Id String id, String searchId, @Indexed String userId, String listingId, String reference,
        String title, double relevance, Instant at) {}
