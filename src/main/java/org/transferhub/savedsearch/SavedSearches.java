package org.transferhub.savedsearch;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.matching.TextRelevance;
import org.transferhub.notification.Notifier;
import org.transferhub.notification.Notifier.Audience;
import org.transferhub.notification.Notifier.NotificationRequest;
import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Saved searches and their alerts. When listings change, each published one is checked against
 * every saved search (filters, then text relevance ≥ {@link #MIN_RELEVANCE}); a fit is stored once
 * per search and listing as an alert, and its user is notified once (in-app, and by email per their
 * email frequency).
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE)
public class SavedSearches implements ListingChangeListener {

    static final int MAX_PER_USER = 20;
    static final double MIN_RELEVANCE = 0.3;
    private static final int CANDIDATES = 1000;

    public static class SavedSearchNotFound extends NotFound {
        SavedSearchNotFound(String id) {
            super("Saved search", id);
        }
    }

    private final ReactiveMongoTemplate mongo;
    private final CatalogReader catalog;
    private final TextRelevance relevance;
    private final Notifier notifier;
    private final Clock clock;

    SavedSearches(ReactiveMongoTemplate mongo, @Lazy CatalogReader catalog, TextRelevance relevance, Notifier notifier,
            Optional<Clock> clock) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.relevance = relevance;
        this.notifier = notifier;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Mono<SavedSearch> save(CurrentUser user, String name, String text, String language, String diseaseArea,
            String technologyType, String country) {
        return mongo.count(Query.query(Criteria.where("userId").is(user.userId())), SavedSearch.class)
                .flatMap(count -> count >= MAX_PER_USER
                        ? Mono.error(new Conflict("At most " + MAX_PER_USER + " saved searches per user"))
                        : mongo.insert(new SavedSearch(new ObjectId().toHexString(), user.userId(), name, text, language,
                                diseaseArea, technologyType, country, clock.instant())));
    }

    public Flux<SavedSearch> mine(CurrentUser user) {
        return mongo.find(Query.query(Criteria.where("userId").is(user.userId())).with(Sort.by("createdAt")), SavedSearch.class);
    }

    /** Someone else's saved search is 404, like one that does not exist. */
    public Mono<Void> delete(CurrentUser user, String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id).and("userId").is(user.userId())), SavedSearch.class)
                .flatMap(result -> result.getDeletedCount() == 1 ? Mono.<Void>empty() : Mono.error(new SavedSearchNotFound(id)));
    }

    public Flux<SearchAlert> alerts(CurrentUser user) {
        return mongo.find(Query.query(Criteria.where("userId").is(user.userId())).with(Sort.by(Sort.Direction.DESC, "at"))
                .limit(100), SearchAlert.class);
    }

    @Override
    public Mono<Void> listingsChanged(Collection<String> listingIds) {
        return Flux.fromIterable(listingIds).concatMap(catalog::find).filter(IndexableListing::isPublished).collectList()
                .filter(listings -> !listings.isEmpty())
                .flatMapMany(listings -> mongo.findAll(SavedSearch.class)
                        .concatMap(search -> relevance.relevantListings(search.text(), search.language(), CANDIDATES)
                                .flatMapMany(scores -> Flux.fromIterable(listings)
                                        .filter(listing -> fits(search, listing))
                                        .filter(listing -> scores.getOrDefault(listing.id(), 0.0) >= MIN_RELEVANCE)
                                        .concatMap(listing -> alert(search, listing, scores.get(listing.id()))))))
                .then();
    }

    /**
     * Stores the alert and, only when this call stored it (the id is unique, so one node and one change
     * win), tells the search's owner through the {@link Notifier}: in-app at once, and by email according
     * to their email frequency (at once, in the daily or weekly digest, or never).
     */
    private Mono<SearchAlert> alert(SavedSearch search, IndexableListing listing, double score) {
        SearchAlert alert = new SearchAlert(search.id() + ":" + listing.id(), search.id(), search.userId(), listing.id(),
                listing.reference(), listing.original() == null ? null : listing.original().title(), score, clock.instant());
        return mongo.insert(alert)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
                .flatMap(stored -> notifier.notify(new NotificationRequest(List.of(Audience.user(stored.userId())), null,
                        "search.NEW_LISTING", noticeText(search, stored), "/catalog/" + stored.listingId()))
                        .thenReturn(stored));
    }

    /** The feature's line (English, like the other notices); the email wraps it in the reader's language. */
    private static String noticeText(SavedSearch search, SearchAlert alert) {
        String what = alert.title() == null || alert.title().isBlank() ? alert.reference()
                : alert.reference() + " " + alert.title();
        return "\"" + search.name() + "\": " + what;
    }

    private static boolean fits(SavedSearch search, IndexableListing listing) {
        return (search.diseaseArea() == null || listing.diseaseAreas() != null && listing.diseaseAreas().contains(search.diseaseArea()))
                && (search.technologyType() == null || search.technologyType().equals(listing.technologyType()))
                && (search.country() == null || listing.targetCountries() == null || listing.targetCountries().isEmpty()
                        || listing.targetCountries().contains(search.country()));
    }
}
