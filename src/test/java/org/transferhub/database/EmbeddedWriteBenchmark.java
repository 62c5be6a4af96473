package org.transferhub.database;

import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What durability costs the embedded database: inserts per second and file size, H2 as it comes
 * (commits about once a second) against {@link DurableH2Backend} (commits before every answer).
 * Run with src/test/bench/embedded-writes.sh [COUNT]; a main, not a test, so it never times anything in CI.
 */
public final class EmbeddedWriteBenchmark {

    private EmbeddedWriteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        String text = "血糖 глюкоза glucose HbA1c ".repeat(50); // about 1.3 KB, mixed scripts like a listing
        for (int round = 0; round < 2; round++) { // the first round warms the JVM up
            for (String variant : new String[] {"h2-default", "durable"}) {
                for (int concurrency : new int[] {1, 16}) {
                    Path file = Files.createTempDirectory("embedded-writes").resolve("bench.mv");
                    H2Backend backend = variant.equals("durable") ? new DurableH2Backend(file.toString())
                            : new H2Backend(file.toString());
                    MongoServer server = new MongoServer(backend);
                    server.enableOplog();
                    int port = server.bind().getPort();
                    try (var client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                        var things = client.getDatabase("bench").getCollection("things");
                        long start = System.nanoTime();
                        Flux.range(0, count)
                                .flatMap(i -> Mono.from(things.insertOne(new Document("_id", i).append("text", text + i))),
                                        concurrency)
                                .blockLast();
                        double seconds = (System.nanoTime() - start) / 1e9;
                        if (round == 1) {
                            System.out.printf("%-10s concurrency %2d: %5.0f inserts/s, file %4d MB after %d inserts%n",
                                    variant, concurrency, count / seconds, Files.size(file) >> 20, count);
                        }
                    } finally {
                        server.shutdownNow();
                    }
                }
            }
        }
    }
}
