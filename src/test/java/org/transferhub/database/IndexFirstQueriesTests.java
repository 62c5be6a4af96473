package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Queries that pin a unique index's keys and add further conditions (guarded updates such as
 * {@code {_id, status, version}}) are answered from the index by the embedded database and give the
 * same answers a collection scan would: the extra conditions still decide.
 */
class IndexFirstQueriesTests {

    @TempDir
    Path dir;

    private EmbeddedMongo mongo;
    private MongoClient client;
    private MongoCollection<Document> things;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start(dir.resolve("transferhub.mv"), 0);
        client = MongoClients.create(mongo.connectionString("transferhub"));
        things = client.getDatabase("transferhub").getCollection("things");
        Mono.from(things.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true))).block();
        Flux.from(things.insertMany(List.of(
                new Document("_id", "a").append("reference", "TH-1").append("status", "OPEN").append("version", 1L),
                new Document("_id", "b").append("reference", "TH-2").append("status", "OPEN").append("version", 4L),
                new Document("_id", "c").append("reference", "TH-3").append("status", "CLOSED").append("version", 2L))))
                .blockLast();
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void findsByIdOnlyWhenTheOtherConditionsHoldToo() {
        assertThat(ids(Filters.and(Filters.eq("_id", "a"), Filters.eq("status", "OPEN")))).containsExactly("a");
        assertThat(ids(Filters.and(Filters.eq("_id", "a"), Filters.eq("status", "CLOSED")))).isEmpty();
        assertThat(ids(Filters.and(Filters.eq("_id", "missing"), Filters.eq("status", "OPEN")))).isEmpty();
        assertThat(ids(Filters.and(Filters.in("_id", "a", "b", "c"), Filters.eq("status", "OPEN"))))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(ids(Filters.and(Filters.eq("reference", "TH-2"), Filters.gt("version", 3L)))).containsExactly("b");
        assertThat(ids(Filters.and(Filters.eq("reference", "TH-2"), Filters.gt("version", 4L)))).isEmpty();
    }

    @Test
    void aGuardedUpdateWinsOnceAndOnlyOnTheRightVersion() {
        Bson guard = Filters.and(Filters.eq("_id", "b"), Filters.eq("status", "OPEN"), Filters.eq("version", 4L));
        Document updated = Mono.from(things.findOneAndUpdate(guard,
                Updates.combine(Updates.set("status", "CLOSED"), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).block();
        assertThat(updated).isNotNull();
        assertThat(updated.getLong("version")).isEqualTo(5L);
        assertThat(Mono.from(things.findOneAndUpdate(guard, Updates.set("status", "OPEN"))).block()).isNull();
        assertThat(Mono.from(things.updateOne(guard, Updates.set("status", "OPEN"))).block().getMatchedCount()).isZero();
        assertThat(ids(Filters.eq("status", "CLOSED"))).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void deletesByIdOnlyWhenTheOtherConditionsHold() {
        assertThat(Mono.from(things.deleteOne(Filters.and(Filters.eq("_id", "c"), Filters.eq("status", "OPEN"))))
                .block().getDeletedCount()).isZero();
        assertThat(Mono.from(things.deleteOne(Filters.and(Filters.eq("_id", "c"), Filters.eq("status", "CLOSED"))))
                .block().getDeletedCount()).isOne();
        assertThat(ids(new Document())).containsExactlyInAnyOrder("a", "b");
    }

    private List<String> ids(Bson filter) {
        return Flux.from(things.find(filter)).map(d -> d.getString("_id")).collectList().block();
    }
}
