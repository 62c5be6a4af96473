package org.transferhub.matching;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedAccess;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.needs.NeedErrors.NeedNotFound;
import org.transferhub.needs.NeedService;
import org.transferhub.needs.NeedStatus;
import org.transferhub.needs.Needs;
import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What people do with matches: read them from either side (owner or staff only; someone else's is
 * 404), dismiss them (idempotent, the first reason stays), and staff recommendations.
 */
@Service
public class MatchDesk {

    /** A stored match with the listing and need it joins, as the reader may see them. */
    public record Entry(StoredMatch match, IndexableListing listing, Need need) {}

    public static class ListingNotFound extends NotFound {
        ListingNotFound(String id) {
            super("Listing", id);
        }
    }

    public static class MatchNotFound extends NotFound {
        MatchNotFound(String needId, String listingId) {
            super("Match", needId + "/" + listingId);
        }
    }

    static final Comparator<StoredMatch> RANKING = Comparator.comparing(StoredMatch::isCurated).reversed()
            .thenComparing(Comparator.comparingInt(StoredMatch::score).reversed())
            .thenComparing(StoredMatch::id);

    private final ReactiveMongoTemplate mongo;
    private final NeedService needService;
    private final Needs needs;
    private final CatalogReader catalog;
    private final Matcher matcher;
    private final MatchNotices notices;
    private final MatchingProperties properties;
    private final Clock clock;

    MatchDesk(ReactiveMongoTemplate mongo, NeedService needService, Needs needs, @Lazy CatalogReader catalog,
            Matcher matcher, MatchNotices notices, MatchingProperties properties, Optional<Clock> clock) {
        this.mongo = mongo;
        this.needService = needService;
        this.needs = needs;
        this.catalog = catalog;
        this.matcher = matcher;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Flux<Entry> forNeed(CurrentUser user, String needId, boolean includeDismissed, int limit) {
        return ownNeed(user, needId).flatMapMany(need -> shown(Criteria.where("needId").is(needId), "needDismissal", includeDismissed)
                .concatMap(match -> catalog.find(match.listingId()).filter(IndexableListing::isPublished)
                        .map(listing -> new Entry(match, listing, need)))
                .take(limit));
    }

    public Flux<Entry> forListing(CurrentUser user, String listingId, boolean includeDismissed, int limit) {
        return ownListing(user, listingId).flatMapMany(listing -> shown(Criteria.where("listingId").is(listingId),
                        "listingDismissal", includeDismissed)
                .concatMap(match -> needs.findById(match.needId())
                        .filter(need -> need.status() == NeedStatus.OPEN)
                        .filter(need -> inDemandOf(user, need))
                        .map(need -> new Entry(match, listing, need)))
                .take(limit));
    }

    public Mono<StoredMatch> dismissForNeed(CurrentUser user, String needId, String listingId, String reason, String note) {
        return ownNeed(user, needId).filter(need -> NeedAccess.isOwner(user, need))
                .switchIfEmpty(Mono.error(() -> new NeedNotFound(needId)))
                .then(dismiss(needId, listingId, "needDismissal", user, reason, note));
    }

    /** The listing's provider dismisses a need from its demand; a need it may not see (staff-only) is 404 like a missing one. */
    public Mono<StoredMatch> dismissForListing(CurrentUser user, String listingId, String needId, String reason, String note) {
        return ownListing(user, listingId).filter(listing -> !user.isStaff() || isProvider(user, listing))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(listingId)))
                .then(needs.findById(needId).filter(need -> inDemandOf(user, need)))
                .switchIfEmpty(Mono.error(() -> new MatchNotFound(needId, listingId)))
                .then(dismiss(needId, listingId, "listingDismissal", user, reason, note));
    }

    /** Staff recommend a listing for an open need; both sides see it as curated, whatever its score. */
    public Mono<StoredMatch> recommend(CurrentUser staff, String needId, String listingId, String note) {
        Mono<Need> need = needs.findById(needId).switchIfEmpty(Mono.error(() -> new NeedNotFound(needId)))
                .flatMap(n -> n.status() == NeedStatus.OPEN ? Mono.just(n)
                        : Mono.error(new Conflict("Need " + needId + " is " + n.status() + "; only open needs are brokered")));
        Mono<IndexableListing> listing = catalog.find(listingId).filter(IndexableListing::isPublished)
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(listingId)));
        return Mono.zip(need, listing).flatMap(t -> matcher.storePair(t.getT1(), t.getT2(),
                        new StoredMatch.Curation(note, staff.userId(), clock.instant()))
                .flatMap(match -> notices.curated(match, t.getT1(), t.getT2()).thenReturn(match)));
    }

    private Flux<StoredMatch> shown(Criteria side, String dismissalField, boolean includeDismissed) {
        Criteria criteria = side.and("active").is(true);
        if (!includeDismissed) {
            criteria = criteria.and(dismissalField).is(null);
        }
        return mongo.find(Query.query(criteria), StoredMatch.class)
                .filter(match -> match.isCurated() || match.score() >= properties.storeThreshold())
                .sort(RANKING);
    }

    private Mono<StoredMatch> dismiss(String needId, String listingId, String field, CurrentUser user, String reason,
            String note) {
        String id = StoredMatch.idOf(needId, listingId);
        Query notYet = Query.query(Criteria.where("_id").is(id).and(field).is(null));
        return mongo.updateFirst(notYet, Update.update(field,
                        new StoredMatch.Dismissal(reason, note, user.userId(), clock.instant())), StoredMatch.class)
                .then(mongo.findById(id, StoredMatch.class))
                .switchIfEmpty(Mono.error(() -> new MatchNotFound(needId, listingId)));
    }

    /** The need's owner (requester) or staff; anyone else gets 404, even for a need on the board. */
    private Mono<Need> ownNeed(CurrentUser user, String needId) {
        return needService.visible(user, needId)
                .filter(need -> user.isStaff() || NeedAccess.isOwner(user, need) && user.has(Role.REQUESTER))
                .switchIfEmpty(Mono.error(() -> new NeedNotFound(needId)));
    }

    private Mono<IndexableListing> ownListing(CurrentUser user, String listingId) {
        return catalog.find(listingId).filter(listing -> user.isStaff() || isProvider(user, listing))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(listingId)));
    }

    /** Whether a listing's demand may show this need to the user: staff-only needs are for staff. */
    private static boolean inDemandOf(CurrentUser user, Need need) {
        return user.isStaff() || need.visibility() != Visibility.STAFF_ONLY;
    }

    private static boolean isProvider(CurrentUser user, IndexableListing listing) {
        return user.has(Role.PROVIDER) && user.institutionId() != null
                && user.institutionId().equals(listing.providerInstitutionId());
    }
}
