package org.transferhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.transferhub.database.EmbeddedMongo;
import org.transferhub.matching.GroupedMatchWrites.Write;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Concurrent refreshes' match writes share commands, and every caller learns when its own are stored. */
class GroupedMatchWritesTests {

    @TempDir
    Path dir;

    @Test
    void everyConcurrentCallersWritesAreStoredWhenItsMonoCompletes() {
        try (EmbeddedMongo db = EmbeddedMongo.start(dir.resolve("db.mv"), 0, false);
                MongoClient client = MongoClients.create(db.connectionString("grouped"))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "grouped");
            GroupedMatchWrites writes = new GroupedMatchWrites(mongo);

            List<Mono<Long>> callers = new ArrayList<>();
            for (int need = 0; need < 40; need++) {
                String needId = "need-" + need;
                List<Write> own = new ArrayList<>();
                for (int listing = 0; listing < 20; listing++) {
                    own.add(new Write(needId + ":listing-" + listing,
                            new Update().set("needId", needId).set("score", listing).set("active", true), true));
                }
                // what a caller sees once its Mono completes: all 20 of its matches
                callers.add(writes.write(own).then(Mono.defer(() -> mongo.count(
                        Query.query(Criteria.where("needId").is(needId)), "matches"))));
            }
            List<Long> seen = Flux.merge(Flux.fromIterable(callers), 16).collectList().block();

            assertThat(seen).hasSize(40).containsOnly(20L);
            writes.write(List.of(new Write("need-0:listing-0", Update.update("active", false), false))).block();
            Document deactivated = mongo.findById("need-0:listing-0", Document.class, "matches").block();
            assertThat(deactivated.getBoolean("active")).isFalse();
            assertThat(mongo.count(new Query(), "matches").block()).isEqualTo(800);
        }
    }
}
