package org.transferhub.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a batch of imported listings with one ordered bulk upsert keyed by {@code reference}: new
 * references become PUBLISHED listings, known ones get the new content. Re-importing a file creates
 * nothing new. If the bulk write fails, the batch is retried line by line so that one bad line only
 * fails itself.
 */
@Component
public class ListingUpserts {

    private final ReactiveMongoTemplate mongo;

    ListingUpserts(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Outcome of a batch: counts, the lines that failed in the database, and the ids to re-index. */
    public record Outcome(int created, int updated, Map<Integer, String> failedLines, List<String> listingIds) {}

    public Mono<Outcome> upsert(List<ImportedListing> batch, Actor importer) {
        if (batch.isEmpty()) {
            return Mono.just(new Outcome(0, 0, Map.of(), List.of()));
        }
        Instant now = Now.instant();
        var bulk = mongo.bulkOps(BulkMode.ORDERED, Listing.class);
        batch.forEach(item -> bulk.upsert(byReference(item), update(item, importer, now)));
        return bulk.execute()
                .map(result -> new Outcome(result.getUpserts().size(), result.getMatchedCount(), Map.of(), List.of()))
                .onErrorResume(e -> oneByOne(batch, importer, now))
                .flatMap(outcome -> idsOf(batch).map(ids ->
                        new Outcome(outcome.created(), outcome.updated(), outcome.failedLines(), ids)));
    }

    private Mono<Outcome> oneByOne(List<ImportedListing> batch, Actor importer, Instant now) {
        Map<Integer, String> failed = new java.util.LinkedHashMap<>();
        int[] counts = new int[2];
        return Flux.fromIterable(batch)
                .concatMap(item -> mongo.upsert(byReference(item), update(item, importer, now), Listing.class)
                        .doOnNext(r -> counts[r.getUpsertedId() != null ? 0 : 1]++)
                        .onErrorResume(e -> {
                            failed.put(item.line(), "could not be stored: " + e.getClass().getSimpleName());
                            return Mono.empty();
                        }))
                .then(Mono.fromSupplier(() -> new Outcome(counts[0], counts[1], failed, List.of())));
    }

    private Mono<List<String>> idsOf(List<ImportedListing> batch) {
        Query query = Query.query(where("reference").in(batch.stream().map(ImportedListing::reference).distinct().toList()));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Listing.class))
                .map(doc -> doc.get("_id").toString()).collectList();
    }

    private static Query byReference(ImportedListing item) {
        return Query.query(where("reference").is(item.reference()));
    }

    private Update update(ImportedListing item, Actor importer, Instant now) {
        var converter = mongo.getConverter();
        HistoryEntry entry = new HistoryEntry(now, importer.userId(), importer.name(), "IMPORTED", null,
                ListingStatus.PUBLISHED, null, List.of());
        return new Update()
                .set("content", converter.convertToMongoType(item.content()))
                .set("provider", converter.convertToMongoType(item.provider()))
                .set("status", ListingStatus.PUBLISHED.name())
                .set("updatedAt", now)
                .set("lastRenewedAt", now)
                .unset("pendingRevision")
                .unset("awaitingReviewSince")
                .unset("expiryReminderSentAt")
                .setOnInsert("createdAt", now)
                .setOnInsert("publishedAt", now)
                .setOnInsert("attachments", new ArrayList<>())
                .inc("version", 1)
                .push("history", converter.convertToMongoType(entry));
    }
}
