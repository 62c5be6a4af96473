package org.transferhub.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Expires published listings that were not renewed within the publication period, and reminds their
 * providers before. Every node runs it: each listing changes through one guarded update (status and
 * dates in the filter), so whichever node comes first does it and the others change nothing.
 */
@Component
class ListingExpiry {

    private static final Logger log = LoggerFactory.getLogger(ListingExpiry.class);

    private final ReactiveMongoTemplate mongo;
    private final ListingChangeNotifier notifier;
    private final CatalogProperties properties;

    ListingExpiry(ReactiveMongoTemplate mongo, ListingChangeNotifier notifier, CatalogProperties properties) {
        this.mongo = mongo;
        this.notifier = notifier;
        this.properties = properties;
    }

    record Result(List<String> expired, List<String> reminded) {}

    @Scheduled(fixedDelayString = "${transferhub.catalog.expiry-check-interval:PT1H}", initialDelayString = "PT1M")
    void scheduled() {
        Result result = run(Now.instant()).block(Duration.ofMinutes(10));
        if (result != null && (!result.expired().isEmpty() || !result.reminded().isEmpty())) {
            log.info("Expired {} listing(s), reminded providers of {}", result.expired().size(), result.reminded().size());
        }
    }

    Mono<Result> run(Instant now) {
        Instant expiryCutoff = now.atZone(ZoneOffset.UTC).minus(properties.publicationPeriod()).toInstant();
        Instant reminderCutoff = now.atZone(ZoneOffset.UTC).minus(properties.publicationPeriod())
                .plus(properties.reminderBefore()).toInstant();
        return expire(expiryCutoff, now).collectList()
                .flatMap(expired -> notifier.changed(expired).thenReturn(expired))
                .zipWith(remind(reminderCutoff, now).collectList(), Result::new);
    }

    private Flux<String> expire(Instant cutoff, Instant now) {
        return candidates(Query.query(where("status").is(ListingStatus.PUBLISHED).and("lastRenewedAt").lt(cutoff)))
                .concatMap(id -> mongo.updateFirst(
                                Query.query(where("_id").is(id).and("status").is(ListingStatus.PUBLISHED)
                                        .and("lastRenewedAt").lt(cutoff)),
                                new Update().set("status", ListingStatus.EXPIRED).set("updatedAt", now)
                                        .unset("pendingRevision").unset("awaitingReviewSince").inc("version", 1)
                                        .push("history", mongo.getConverter().convertToMongoType(new HistoryEntry(now,
                                                Actor.SYSTEM.userId(), Actor.SYSTEM.name(), "EXPIRED",
                                                ListingStatus.PUBLISHED, ListingStatus.EXPIRED, null, List.of()))),
                                Listing.class)
                        .filter(result -> result.getModifiedCount() == 1)
                        .map(result -> id));
    }

    private Flux<String> remind(Instant cutoff, Instant now) {
        Query due = Query.query(where("status").is(ListingStatus.PUBLISHED).and("lastRenewedAt").lt(cutoff)
                .and("expiryReminderSentAt").is(null));
        return mongo.find(withoutHistory(due), Listing.class)
                .concatMap(listing -> mongo.updateFirst(
                                Query.query(where("_id").is(listing.id()).and("expiryReminderSentAt").is(null)),
                                new Update().set("expiryReminderSentAt", now), Listing.class)
                        .filter(result -> result.getModifiedCount() == 1)
                        .flatMap(result -> mongo.insert(ListingReminder.expiring(listing, now,
                                listing.lastRenewedAt().atZone(ZoneOffset.UTC).plus(properties.publicationPeriod()).toInstant())))
                        .map(reminder -> listing.id()));
    }

    private Flux<String> candidates(Query query) {
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Listing.class))
                .map(doc -> doc.get("_id").toString());
    }

    private static Query withoutHistory(Query query) {
        query.fields().exclude("history");
        return query;
    }
}
