package org.transferhub.matching;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.transferhub.account.Role;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.notification.Notifier;
import org.transferhub.notification.Notifier.Audience;
import org.transferhub.notification.Notifier.NotificationRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells both sides, in-app and once, about a new good match: the requester (their need has a
 * candidate) and the provider (someone needs their technology; not for staff-only needs). "Once" is
 * an insert into {@code match_notices} keyed by the match's id: with several nodes exactly one
 * insert succeeds, and only that node notifies.
 * The email digest reads the same notifications (not built here).
 */
@Component
class MatchNotices {

    /** One document per match whose good-match news was sent (id = the match's id). */
    static final String CLAIMS = "match_notices";

    private final ReactiveMongoTemplate mongo;
    private final GroupCommit<String, Set<String>> claims = new GroupCommit<>(this::insertClaims);
    private final Notifier notifier;

    MatchNotices(ReactiveMongoTemplate mongo, Notifier notifier) {
        this.mongo = mongo;
        this.notifier = notifier;
    }

    /**
     * Claims the news of these matches: one unordered insert of their ids; the ids whose insert did not
     * fail on the unique _id are this caller's to announce. (A guarded update on {_id, notified}, as
     * before, made the embedded database scan the whole matches collection for every good match.)
     */
    Mono<Set<String>> claim(List<String> matchIds) {
        return matchIds.isEmpty() ? Mono.just(Set.of()) : claims.submit(matchIds);
    }

    /**
     * One unordered insert of several callers' claims ({@link GroupCommit}): a claim that collides
     * with an existing one (another node, or an earlier refresh, announced that match) is lost, and
     * each caller learns which of its own it won.
     */
    private Mono<List<Set<String>>> insertClaims(List<List<String>> callers) {
        java.util.Date now = java.util.Date.from(java.time.Instant.now());
        List<String> all = callers.stream().flatMap(List::stream).toList();
        List<org.bson.Document> documents = all.stream().map(id -> new org.bson.Document("_id", id).append("at", now)).toList();
        return mongo.getCollection(CLAIMS)
                .flatMap(collection -> Mono.from(collection.insertMany(documents, new InsertManyOptions().ordered(false))))
                .map(inserted -> Set.<Integer>of())
                .onErrorResume(MongoBulkWriteException.class, e -> Mono.just(e.getWriteErrors().stream()
                        .map(error -> error.getIndex()).collect(Collectors.toSet())))
                .map(lost -> {
                    List<Set<String>> won = new ArrayList<>();
                    int at = 0;
                    for (List<String> own : callers) {
                        Set<String> mine = new HashSet<>();
                        for (String id : own) {
                            if (!lost.contains(at++)) {
                                mine.add(id);
                            }
                        }
                        won.add(mine);
                    }
                    return won;
                });
    }

    /**
     * Claims the news of at most {@code maxPerNeed} of these matches per need (ids best first) that no
     * node has announced yet: one {@code _id $in} read of the claims, then {@link #claim} of each need's
     * best unclaimed. Per need, not per call: a published listing that is a new good match for many
     * needs is news for each of their requesters (a cap per call told only the first few of them).
     * Matches that were not stored before this write ({@code firstStored}) cannot have been claimed
     * (a claim follows its match's write), so only the others are read; with none, nothing is read
     * (a first recompute). A race with another node is still settled by the claim's insert.
     */
    Mono<Set<String>> claimBest(List<String> bestFirst, Set<String> firstStored, int maxPerNeed) {
        if (bestFirst.isEmpty() || maxPerNeed <= 0) {
            return Mono.just(Set.of());
        }
        List<String> mayBeClaimed = bestFirst.stream().filter(id -> !firstStored.contains(id)).toList();
        Query claimed = Query.query(Criteria.where("_id").in(mayBeClaimed));
        claimed.fields().include("_id");
        return (mayBeClaimed.isEmpty() ? Flux.<String>empty()
                : mongo.find(claimed, org.bson.Document.class, CLAIMS).map(d -> d.getString("_id")))
                .collect(Collectors.toSet())
                .flatMap(done -> {
                    Map<String, Integer> perNeed = new HashMap<>();
                    return claim(bestFirst.stream().filter(id -> !done.contains(id))
                            .filter(id -> perNeed.merge(needOf(id), 1, Integer::sum) <= maxPerNeed).toList());
                });
    }

    /** The need's id in a match id ({@code needId:listingId}). */
    private static String needOf(String matchId) {
        int colon = matchId.indexOf(':');
        return colon < 0 ? matchId : matchId.substring(0, colon);
    }

    /** Announces a match this node has claimed ({@link #claim}). */
    Mono<Void> newGoodMatch(String matchId, Need need, IndexableListing listing, int score) {
        return Mono.just(matchId)
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
