package org.transferhub.needs;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.transferhub.needs.NeedCodes.Outcome;
import org.transferhub.needs.NeedCodes.Visibility;

/**
 * One entry of a need's history: what it looked like after each change, and who made it. A CLOSED
 * entry carries the outcome and note; a MATCHED one the listing.
 */
@Document("need_history")
public record NeedRevision(@Id String id, @Indexed String needId, Long version, String event, String userId,
        NeedStatus status, Visibility visibility, NeedContent content, Outcome outcome, String outcomeNote,
        String matchedListingId, Instant at) {

    static NeedRevision of(Need need, String event, String userId) {
        return new NeedRevision(null, need.id(), need.version(), event, userId, need.status(), need.visibility(),
                need.content(), need.outcome(), need.outcomeNote(), need.matchedListingId(), need.updatedAt());
    }
}
