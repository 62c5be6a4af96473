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

/** Concurrent refreshes share commands (match writes, news claims), and every caller learns its own outcome. */
class GroupCommitTests {

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

    @Test
    void concurrentClaimsOfTheSameMatchAreWonOnceAndAnEarlierClaimIsNeverWonAgain() {
        try (EmbeddedMongo db = EmbeddedMongo.start(dir.resolve("claims.mv"), 0, false);
                MongoClient client = MongoClients.create(db.connectionString("claims"))) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "claims");
            MatchNotices notices = new MatchNotices(mongo, request -> Mono.empty());
            assertThat(notices.claim(List.of("need-0:listing-0")).block()).containsExactly("need-0:listing-0");

            List<Mono<java.util.Set<String>>> callers = new ArrayList<>();
            for (int caller = 0; caller < 30; caller++) {
                // every caller wants listing-0..2 of need-0 (one already claimed) and one match of its own
                callers.add(notices.claim(List.of("need-0:listing-0", "need-0:listing-1", "need-0:listing-2",
                        "need-" + (caller + 1) + ":listing-9")));
            }
            List<java.util.Set<String>> won = Flux.merge(Flux.fromIterable(callers), 30).collectList().block();

            List<String> all = won.stream().flatMap(java.util.Set::stream).toList();
            assertThat(all).doesNotContain("need-0:listing-0").doesNotHaveDuplicates();
            assertThat(all).filteredOn(id -> id.startsWith("need-0:")).containsExactlyInAnyOrder("need-0:listing-1",
                    "need-0:listing-2");
            assertThat(all).filteredOn(id -> !id.startsWith("need-0:")).hasSize(30);
            assertThat(mongo.count(new Query(), MatchNotices.CLAIMS).block()).isEqualTo(33);
        }
    }
}
