package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The embedded database as its own process ({@link EmbeddedMongoLauncher}), killed with SIGKILL in the
 * middle of heavy writes, and once in the middle of its own shutdown, then started again on the same
 * file: the file opens, and every write the server acknowledged before the kill is there.
 */
class KillDashNineTests {

    private static final String FILLER = "血糖 глюкоза glucose ".repeat(60);
    private static final int WRITERS = 16;

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveSigkillDuringWritesAndDuringShutdown() throws Exception {
        Path file = dir.resolve("transferhub.mv");
        Acknowledged acknowledged = new Acknowledged();
        for (int round = 0; round < 5; round++) {
            boolean duringShutdown = round == 4;
            long t0 = System.nanoTime();
            try (Server server = Server.start(file)) {
                long t1 = System.nanoTime();
                server.assertHolds(acknowledged);
                long t2 = System.nanoTime();
                AtomicBoolean writing = new AtomicBoolean(true);
                String prefix = round(round);
                reactor.core.Disposable load = server.write(prefix, acknowledged, writing);
                waitForAcknowledged(acknowledged, acknowledged.inserted.size() + 300);
                long t3 = System.nanoTime();
                Thread.sleep(100L * round); // and land the kill at a different moment each round
                if (duringShutdown) {
                    server.process.destroy(); // SIGTERM: the server starts closing its store…
                    Thread.sleep(150);
                }
                server.process.destroyForcibly(); // …and SIGKILL, whatever it was doing
                assertThat(server.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                writing.set(false);
                load.dispose(); // the writes still in flight are abandoned: their outcome is unknown

                System.out.printf("round %d: start %d ms, check %d ms, writes %d ms, kill %d ms%n", round,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            }
        }
        System.out.printf("KillDashNineTests: %d acknowledged inserts, %d deletes, %d increments survived%n",
                acknowledged.inserted.size(), acknowledged.deleted.size(), acknowledged.increments.get());
        try (Server last = Server.start(file)) {
            last.assertHolds(acknowledged);
        }
    }

    /** Lets the writers get well under way (however slow the machine), so that the kill hits heavy writing. */
    private static void waitForAcknowledged(Acknowledged acknowledged, int inserts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (acknowledged.inserted.size() < inserts && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(acknowledged.inserted.size()).as("acknowledged inserts before the kill").isGreaterThanOrEqualTo(inserts);
    }

    private static String round(int round) {
        return "r" + round + "-";
    }

    /** What the server said it has written: inserted ids, deleted ids, and counter increments. */
    static final class Acknowledged {
        final Set<String> inserted = ConcurrentHashMap.newKeySet();
        final Set<String> deleted = ConcurrentHashMap.newKeySet();
        final AtomicLong increments = new AtomicLong();
        final AtomicLong incrementsSent = new AtomicLong();
    }

    record Server(Process process, MongoClient client) implements AutoCloseable {

        static Server start(Path file) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    EmbeddedMongoLauncher.class.getName(), "0", file.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.startsWith("EMBEDDED_MONGO_READY ")) {
                seen.add(line);
            }
            if (line == null) {
                throw new AssertionError("the embedded database did not start on " + file + ":\n" + String.join("\n", seen));
            }
            String uri = line.substring("EMBEDDED_MONGO_READY ".length());
            Thread.ofVirtual().start(() -> drain(out));
            // a dead server should fail the writes in flight soon, not after the default 30 s (10 s: a loaded machine)
            return new Server(process, MongoClients.create(uri + "?serverSelectionTimeoutMS=10000&connectTimeoutMS=5000"));
        }

        /** Keeps reading the server's output so that it never blocks on a full pipe; ends when it dies. */
        private static void drain(BufferedReader out) {
            try {
                while (out.readLine() != null) {
                    // the output is only needed up to the ready line
                }
            } catch (IOException killed) {
                // the process is gone
            }
        }

        MongoCollection<Document> things() {
            return client.getDatabase("transferhub").getCollection("things");
        }

        reactor.core.Disposable write(String prefix, Acknowledged acknowledged, AtomicBoolean writing) {
            return Flux.range(0, Integer.MAX_VALUE)
                    .takeWhile(i -> writing.get() && process.isAlive())
                    .flatMap(i -> one(prefix + i, i, acknowledged).onErrorResume(e -> Mono.empty()), WRITERS)
                    .subscribe();
        }

        private Mono<Void> one(String id, int i, Acknowledged acknowledged) {
            if (i % 10 == 9) {
                // delete an earlier insert, but only one already acknowledged, so the books stay exact
                String victim = id.substring(0, id.lastIndexOf('-') + 1) + (i - 36);
                if (!acknowledged.inserted.remove(victim)) {
                    return Mono.empty();
                }
                // until the server answers, the victim may or may not be gone: checked neither way
                return Mono.from(things().deleteOne(Filters.eq("_id", victim)))
                        .doOnSuccess(r -> acknowledged.deleted.add(victim)).then();
            }
            if (i % 10 == 4) {
                acknowledged.incrementsSent.incrementAndGet();
                return Mono.from(things().updateOne(Filters.eq("_id", "counter"), Updates.inc("n", 1L),
                        new com.mongodb.client.model.UpdateOptions().upsert(true)))
                        .doOnSuccess(r -> acknowledged.increments.incrementAndGet()).then();
            }
            Document doc = new Document("_id", id).append("i", i).append("text", FILLER + id);
            return Mono.from(things().insertOne(doc)).doOnSuccess(r -> acknowledged.inserted.add(id)).then();
        }

        void assertHolds(Acknowledged acknowledged) {
            Set<String> present = ConcurrentHashMap.newKeySet();
            Flux.from(things().find().projection(new Document("_id", 1)))
                    .doOnNext(d -> present.add(String.valueOf(d.get("_id"))))
                    .blockLast(Duration.ofMinutes(2));
            assertThat(acknowledged.inserted.stream().filter(id -> !present.contains(id)).toList())
                    .as("acknowledged inserts that are missing").isEmpty();
            assertThat(acknowledged.deleted.stream().filter(present::contains).toList())
                    .as("acknowledged deletes that are back").isEmpty();
            Document counter = Mono.from(things().find(Filters.eq("_id", "counter")).first()).block(Duration.ofMinutes(1));
            long n = counter == null ? 0 : counter.getLong("n");
            assertThat(n).as("acknowledged increments")
                    .isBetween(acknowledged.increments.get(), acknowledged.incrementsSent.get());
            // what was in flight when the server died either happened or not: make the books exact again
            acknowledged.increments.set(n);
            acknowledged.incrementsSent.set(n);
        }

        @Override
        public void close() {
            client.close();
            process.destroyForcibly();
        }
    }
}
