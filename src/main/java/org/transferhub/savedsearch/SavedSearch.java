package org.transferhub.savedsearch;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signed-in user's saved catalog search: the text (any language) and optional filters. New or
 * changed published listings that fit it become alerts for that user.
 */
@Document("saved_searches")
public record SavedSearch(@Id String id, @Indexed String userId, String name, String text, String language,
        String diseaseArea, String technologyType, String country, Instant createdAt) {}
