package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** What the embedded database writes survives a restart of the server on the same file. */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dir;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() {
        Path file = dir.resolve("mongo").resolve("transferhub.mv");
        try (EmbeddedMongo first = EmbeddedMongo.start(file, 0);
                MongoClient client = MongoClients.create(first.connectionString("transferhub"))) {
            Mono.from(client.getDatabase("transferhub").getCollection("things")
                    .insertOne(new Document("_id", "kept").append("name", "瑞金医院"))).block();
            first.commit();
        }
        try (EmbeddedMongo second = EmbeddedMongo.start(file, 0);
                MongoClient client = MongoClients.create(second.connectionString("transferhub"))) {
            Document found = Mono.from(client.getDatabase("transferhub").getCollection("things")
                    .find(new Document("_id", "kept")).first()).block();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("瑞金医院");
        }
    }
}
