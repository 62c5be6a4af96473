package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The embedded database's non-unique indexes change how a query is answered, never what it answers:
 * the same documents in two collections, one with indexes on a plain, a nested, an array and a date
 * field and one without, give the same answers in the same order, before and after updates and
 * deletions, and after the database is opened again (the indexes live in memory and are rebuilt).
 */
class SecondaryIndexQueriesTests {

    private static final List<String> STATUSES = List.of("DRAFT", "OPEN", "MATCHED", "CLOSED", "EXPIRED", "ARCHIVED");

    @TempDir
    Path dir;

    @Test
    void indexedAndUnindexedCollectionsAnswerAlike() {
        Path file = dir.resolve("transferhub.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0, false);
                MongoClient client = MongoClients.create(mongo.connectionString("transferhub"))) {
            var db = client.getDatabase("transferhub");
            MongoCollection<Document> indexed = db.getCollection("indexed");
            MongoCollection<Document> plain = db.getCollection("plain");
            for (Bson keys : List.of(Indexes.ascending("owner"), Indexes.ascending("status"),
                    Indexes.ascending("meta.country"), Indexes.ascending("tags"), Indexes.ascending("at"),
                    Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("at")))) {
                Mono.from(indexed.createIndex(keys)).block();
            }
            Random random = new Random(7);
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Document d = new Document("_id", "d" + i)
                        .append("owner", "owner-" + random.nextInt(40))
                        .append("status", STATUSES.get(random.nextInt(STATUSES.size())))
                        .append("meta", new Document("country", List.of("CN", "RU", "UZ", "KZ", "IN").get(random.nextInt(5))))
                        .append("tags", List.of("t" + random.nextInt(20), "t" + random.nextInt(20)))
                        .append("at", Date.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * random.nextInt(2000))))
                        .append("n", random.nextInt(10));
                if (i % 17 == 0) {
                    d.remove("owner"); // some documents lack the field
                }
                documents.add(d);
            }
            Flux.from(indexed.insertMany(documents)).blockLast();
            Flux.from(plain.insertMany(documents)).blockLast();

            assertSameAnswers(indexed, plain);

            for (int i = 0; i < 400; i += 3) {
                Bson update = Updates.combine(Updates.set("status", STATUSES.get(i % STATUSES.size())),
                        Updates.set("owner", "owner-" + (i % 7)), Updates.addToSet("tags", "t-new"));
                Mono.from(indexed.updateOne(Filters.eq("_id", "d" + i), update)).block();
                Mono.from(plain.updateOne(Filters.eq("_id", "d" + i), update)).block();
            }
            Mono.from(indexed.updateMany(Filters.eq("owner", "owner-3"), Updates.set("status", "CLOSED"))).block();
            Mono.from(plain.updateMany(Filters.eq("owner", "owner-3"), Updates.set("status", "CLOSED"))).block();
            Mono.from(indexed.deleteMany(Filters.eq("owner", "owner-5"))).block();
            Mono.from(plain.deleteMany(Filters.eq("owner", "owner-5"))).block();
            assertThat(count(indexed, Filters.eq("owner", "owner-5"))).isZero();

            assertSameAnswers(indexed, plain);
        }
        try (EmbeddedMongo reopened = EmbeddedMongo.start(file, 0, false);
                MongoClient client = MongoClients.create(reopened.connectionString("transferhub"))) {
            var db = client.getDatabase("transferhub");
            assertSameAnswers(db.getCollection("indexed"), db.getCollection("plain"));
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain) {
        Date from = Date.from(Instant.parse("2026-02-01T00:00:00Z"));
        Date to = Date.from(Instant.parse("2026-02-10T00:00:00Z"));
        List<Bson> queries = List.of(
                Filters.eq("owner", "owner-1"),
                Filters.eq("owner", "owner-3"),
                Filters.eq("owner", "nobody"),
                Filters.and(Filters.eq("owner", "owner-2"), Filters.eq("status", "OPEN")),
                Filters.in("owner", "owner-4", "owner-6", "owner-0"),
                Filters.eq("meta.country", "UZ"),
                Filters.eq("tags", "t3"),
                Filters.eq("tags", "t-new"),
                Filters.and(Filters.gte("at", from), Filters.lt("at", to)),
                Filters.gt("at", to),
                Filters.and(Filters.eq("status", "DRAFT"), Filters.lt("at", to)),
                Filters.eq("status", "OPEN"),
                Filters.exists("owner", false),
                Filters.ne("owner", "owner-1"),
                Filters.eq("owner", null));
        for (Bson query : queries) {
            assertThat(ids(indexed, query, null)).as("%s", query).isEqualTo(ids(plain, query, null));
            assertThat(ids(indexed, query, Sorts.descending("at"))).as("%s sorted", query)
                    .isEqualTo(ids(plain, query, Sorts.descending("at")));
            assertThat(count(indexed, query)).as("count %s", query).isEqualTo(count(plain, query));
        }
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson query, Bson sort) {
        var find = collection.find(query);
        if (sort != null) {
            find = find.sort(Sorts.orderBy(sort, Sorts.ascending("_id")));
        }
        return Flux.from(find).map(d -> d.getString("_id")).collectList().block();
    }

    private static long count(MongoCollection<Document> collection, Bson query) {
        return Mono.from(collection.countDocuments(query)).block();
    }
}
