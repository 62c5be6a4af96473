package org.transferhub.matching;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.transferhub.account.Role;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.notification.Notifier;
import org.transferhub.notification.Notifier.Audience;
import org.transferhub.notification.Notifier.NotificationRequest;
import reactor.core.publisher.Mono;

/**
 * Tells both sides, in-app and once, about a new good match: the requester (their need has a
 * candidate) and the provider (someone needs their technology; not for staff-only needs). "Once" is
 * a guarded update of the match's {@code notified} flag, so with several nodes exactly one notifies.
 * The email digest reads the same notifications (not built here).
 */
@Component
class MatchNotices {

    private final ReactiveMongoTemplate mongo;
    private final Notifier notifier;

    MatchNotices(ReactiveMongoTemplate mongo, Notifier notifier) {
        this.mongo = mongo;
        this.notifier = notifier;
    }

    Mono<Void> newGoodMatch(String matchId, Need need, IndexableListing listing, int score) {
        Query firstTime = Query.query(Criteria.where("_id").is(matchId).and("notified").ne(true));
        return mongo.updateFirst(firstTime, Update.update("notified", true), StoredMatch.class)
                .filter(result -> result.getModifiedCount() == 1)
                .flatMap(won -> {
                    List<Mono<Void>> sends = new ArrayList<>();
                    String title = listing.original() == null ? listing.reference() : listing.original().title();
                    sends.add(notifier.notify(new NotificationRequest(
                            List.of(new Audience(need.institutionId(), Role.REQUESTER)), null, "match.NEW_FOR_NEED",
                            "New match (" + score + "/100) for your need: " + title, "/needs/" + need.id() + "/matches")));
                    if (need.visibility() != Visibility.STAFF_ONLY && listing.providerInstitutionId() != null) {
                        sends.add(notifier.notify(new NotificationRequest(
                                List.of(new Audience(listing.providerInstitutionId(), Role.PROVIDER)), null,
                                "match.NEW_DEMAND", "A hospital in " + need.content().country() + " needs what "
                                        + listing.reference() + " offers (" + score + "/100)",
                                "/listings/" + listing.id() + "/demand")));
                    }
                    return Mono.when(sends);
                });
    }

    /** A staff recommendation is news for both sides whatever its score. */
    Mono<Void> curated(StoredMatch match, Need need, IndexableListing listing) {
        List<Audience> audiences = new ArrayList<>();
        audiences.add(new Audience(need.institutionId(), Role.REQUESTER));
        if (listing.providerInstitutionId() != null) {
            audiences.add(new Audience(listing.providerInstitutionId(), Role.PROVIDER));
        }
        return notifier.notify(new NotificationRequest(audiences, match.curation().staffUserId(), "match.CURATED",
                "The Center recommends " + listing.reference() + " for a need in " + need.content().country(),
                "/needs/" + need.id() + "/matches"));
    }
}
