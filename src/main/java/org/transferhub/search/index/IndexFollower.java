package org.transferhub.search.index;

import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.transferhub.database.ChangedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ChangeStreamOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Makes this node's index follow MongoDB, whichever node made the change: at start it rebuilds or
 * catches up; then it follows the listings collection's change stream (fast: changes appear within
 * a second on every node) and polls {@code changedSince} on a timer: every {@code poll-interval}
 * while there is no working change stream (a standalone mongod has none) and for a short while after
 * the stream (re)connects, to pick up what it missed; otherwise only every
 * {@code poll-interval-with-change-stream}. A poll is not free: the embedded database answers
 * {@code changedSince} by reading every listing, which at 100,000 listings kept a core busy when it
 * ran every 5 s.
 *
 * <p>On the in-process embedded database this node is the only writer: every change already reaches
 * the index through the catalog's listener before the API answers, so (unless told otherwise) there
 * is no change stream and the poll is only the slow safety net.
 */
public class IndexFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    /** After the stream (re)connects, poll at the fast rate this long: it covers what the stream missed. */
    private static final Duration RECONNECT_CATCH_UP = Duration.ofSeconds(30);

    private final IndexSynchronizer synchronizer;
    private final SearchProperties properties;
    private final ReactiveMongoTemplate mongo;
    private final boolean soleWriter;
    private volatile Disposable.Composite running;
    /** When the change stream last (re)connected; null while it is down or not wanted. */
    private volatile Instant streamConnectedAt;
    private volatile Instant lastPoll = Instant.EPOCH;

    /** @param soleWriter the database is the in-process embedded one: no other node writes to it */
    public IndexFollower(IndexSynchronizer synchronizer, SearchProperties properties, ReactiveMongoTemplate mongo,
            boolean soleWriter) {
        this.synchronizer = synchronizer;
        this.properties = properties;
        this.mongo = mongo;
        this.soleWriter = soleWriter;
    }

    private boolean followChangeStream() {
        return mongo != null && switch (properties.changeStream()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !soleWriter;
        };
    }

    @Override
    public void start() {
        Disposable.Composite tasks = Disposables.composite();
        // Start-up sync and then the polls, one after the other, never overlapping.
        tasks.add(synchronizer.startUp()
                .onErrorResume(e -> {
                    log.warn("Search index start-up sync failed; polling will retry", e);
                    return Mono.empty();
                })
                .thenMany(Flux.interval(properties.pollInterval())
                        // a poll longer than the interval must skip ticks, not end the polling with an overflow
                        .onBackpressureDrop()
                        .concatMap(tick -> pollDue() ? poll() : Mono.<Void>empty(), 1))
                .subscribe());
        if (followChangeStream()) {
            tasks.add(changeStream().subscribe());
        }
        running = tasks;
    }

    private boolean pollDue() {
        Instant now = Instant.now();
        Instant connected = streamConnectedAt;
        if (soleWriter && !followChangeStream()) {
            return !now.isBefore(lastPoll.plus(properties.pollIntervalWithChangeStream()));
        }
        return connected == null
                || now.isBefore(connected.plus(RECONNECT_CATCH_UP))
                || !now.isBefore(lastPoll.plus(properties.pollIntervalWithChangeStream()));
    }

    private Mono<Void> poll() {
        lastPoll = Instant.now();
        return synchronizer.catchUp();
    }

    private Flux<Void> changeStream() {
        return mongo.changeStream(properties.listingsCollection(), ChangeStreamOptions.empty(), Document.class)
                .doOnSubscribe(subscription -> streamConnectedAt = Instant.now())
                .doOnError(e -> streamConnectedAt = null)
                .mapNotNull(ChangedIds::of)
                .bufferTimeout(256, Duration.ofMillis(100))
                .concatMap(ids -> synchronizer.listingsChanged(ids).onErrorComplete())
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1))
                        .doBeforeRetry(signal -> log.debug("Listings change stream interrupted: {}", signal.failure().toString())));
    }


    @Override
    public void stop() {
        if (running != null) {
            running.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    @Override
    public int getPhase() {
        return 1; // after the index itself
    }

}
