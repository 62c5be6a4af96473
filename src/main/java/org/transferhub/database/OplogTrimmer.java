package org.transferhub.database;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Keeps the embedded server's oplog short. mongo-java-server never trims its oplog, and every change
 * stream {@code getMore} reads the whole of it while holding its lock, so under a bulk import the
 * oplog grew by a copy of every document and the change stream's polls came to block all writes
 * (the import stalled at 31,000 listings, docs/benchmarks.md §4). Real MongoDB caps its oplog
 * itself; here entries older than the retention are deleted every few seconds. Nothing depends on
 * older entries: the search index's polling catch-up covers whatever a change stream misses.
 */
final class OplogTrimmer implements AutoCloseable {

    static final Duration DEFAULT_RETENTION = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(OplogTrimmer.class);
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final MongoClient client;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    OplogTrimmer(String connectionString, Duration retention, Clock clock) {
        this.client = MongoClients.create(connectionString);
        this.retention = retention;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("embedded-oplog-trimmer").daemon(true).factory());
    }

    /** Starts trimming every few seconds; the first trim also shortens an oplog left by an older version. */
    static OplogTrimmer start(String connectionString, Duration retention) {
        OplogTrimmer trimmer = new OplogTrimmer(connectionString, retention, Clock.systemUTC());
        trimmer.timer.scheduleWithFixedDelay(trimmer::trimQuietly, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return trimmer;
    }

    /** Deletes the entries older than the retention; returns how many. */
    long trim() {
        Date cutoff = Date.from(clock.instant().minus(retention));
        return Mono.from(client.getDatabase("local").getCollection("oplog.rs").deleteMany(Filters.lt("wall", cutoff)))
                .map(result -> result.getDeletedCount())
                .blockOptional(Duration.ofMinutes(1)).orElse(0L);
    }

    private void trimQuietly() {
        try {
            long deleted = trim();
            if (deleted > 0) {
                log.debug("Trimmed {} oplog entries older than {}", deleted, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Could not trim the embedded oplog; will try again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        client.close();
    }
}
