package org.transferhub.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One line of a listing's history: who did what, when, with which status change and which content
 * fields changed. Kept inside the listing document so that it is written atomically with the change.
 */
public record HistoryEntry(Instant at, String actorId, String actorName, String action,
        ListingStatus fromStatus, ListingStatus toStatus, String comment, List<String> changedFields) {

    public HistoryEntry {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
