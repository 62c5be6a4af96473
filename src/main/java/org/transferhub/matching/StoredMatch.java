package org.transferhub.matching;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.transferhub.needs.NeedCodes.Visibility;

/**
 * A computed match between a need and a listing (id {@code needId:listingId}), with the need's
 * facts the brokering figures group by. Recomputation rewrites the score and explanation only:
 * curation and dismissals survive it, so a dismissed match stays dismissed. {@code active} is false
 * while the need is not open, the listing not published, or the match no longer among the need's
 * kept best. {@code notified} is no longer written: the news claims moved to {@code match_notices}
 * (MatchNotices), so a good match announced before that move may be announced once more. Besides
 * these fields each document holds {@code digest} ({@link StoredPair}): a refresh that computes the
 * same fields again does not write the match, so {@code computedAt} is when it last changed.
 */
@Document("matches")
public record StoredMatch(@Id String id, @Indexed String needId, @Indexed String listingId, String needInstitutionId,
        String providerInstitutionId, String needCountry, List<String> needDiseaseAreas, Visibility needVisibility,
        int score, List<MatchItem> reasons, List<MatchItem> gaps, boolean active, Curation curation,
        Dismissal needDismissal, Dismissal listingDismissal, Boolean notified, Instant computedAt) {

    /** A staff member recommended this listing for this need. */
    public record Curation(String note, String staffUserId, Instant at) {}

    /** One side said "not for us", with a reason code and an optional note. */
    public record Dismissal(String reason, String note, String userId, Instant at) {}

    public enum DismissalReason { NOT_RELEVANT, TOO_EXPENSIVE, NOT_FEASIBLE_AT_SITE, ALREADY_HAVE_IT, NOT_AVAILABLE_IN_COUNTRY, OTHER }

    static String idOf(String needId, String listingId) {
        return needId + ":" + listingId;
    }

    public boolean isCurated() {
        return curation != null;
    }
}
