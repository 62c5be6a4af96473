package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The embedded oplog keeps only its recent entries, and change streams go on working after a trim. */
class OplogTrimmerTests {

    @TempDir
    Path dir;

    @Test
    void entriesOlderThanTheRetentionAreDeletedAndChangeStreamsStillWork() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("transferhub.mv"), 0);
                MongoClient client = MongoClients.create(mongo.connectionString("transferhub"))) {
            var things = client.getDatabase("transferhub").getCollection("things");
            Flux.range(0, 20).concatMap(i -> Mono.from(things.insertOne(new Document("_id", i)))).blockLast();
            var oplog = client.getDatabase("local").getCollection("oplog.rs");
            assertThat(Mono.from(oplog.countDocuments()).block()).isGreaterThanOrEqualTo(20);

            Clock inTwoMinutes = Clock.fixed(Instant.now().plus(Duration.ofMinutes(2)), ZoneOffset.UTC);
            try (OplogTrimmer trimmer = new OplogTrimmer(mongo.connectionString("local"), Duration.ofSeconds(60), inTwoMinutes);
                    OplogTrimmer now = new OplogTrimmer(mongo.connectionString("local"), Duration.ofSeconds(60), Clock.systemUTC())) {
                assertThat(now.trim()).as("nothing is old yet").isZero();
                assertThat(trimmer.trim()).isGreaterThanOrEqualTo(20);
            }
            assertThat(Mono.from(oplog.countDocuments()).block()).isZero();

            Flux<ChangeStreamDocument<Document>> changes = Flux.from(things.watch());
            StepVerifier.create(changes.take(1))
                    .then(() -> Mono.from(things.insertOne(new Document("_id", "after-trim"))).delaySubscription(Duration.ofMillis(300)).subscribe())
                    .assertNext(change -> assertThat(change.getDocumentKey().get("_id").asString().getValue()).isEqualTo("after-trim"))
                    .verifyComplete();
            assertThat(Mono.from(things.countDocuments()).block()).isEqualTo(21);
        }
    }
}
