package org.transferhub.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedStatus;
import org.transferhub.needs.Needs;
import org.transferhub.shared.web.Conflict;
import reactor.core.publisher.Mono;

/**
 * Staff's full recompute of every open need's matches, with progress in MongoDB so that any node
 * can report it. Starting is one guarded upsert: while a run is RUNNING (and still reporting
 * progress) the upsert collides on the job's id, and the second starter gets 409.
 */
@Component
class FullRecompute {

    private static final Logger log = LoggerFactory.getLogger(FullRecompute.class);
    static final String JOB_ID = "full-recompute";
    /**
     * Needs refreshed at once. Scoring is CPU-bound, but each need also waits for its grouped write
     * and claim ({@link GroupCommit}); at 8 in flight the two cores were still ~40 % idle during a
     * recompute (vmstat), at 16 they are busy and the writes of more needs share each command
     * (benchmarks: 10,000 needs in 54-57 s against 58-66 s at 8).
     */
    static final int CONCURRENCY = 16;
    /** Progress is written every this many needs: a write per need was one more database command per need. */
    static final int PROGRESS_EVERY = 100;

    /** The recompute's state: IDLE (never run), RUNNING, DONE or FAILED. */
    @Document("matching_jobs")
    record Job(@Id String id, String state, long total, long done, String startedBy, Instant startedAt,
            Instant heartbeatAt, Instant finishedAt, String error) {}

    static class AlreadyRunning extends Conflict {
        AlreadyRunning() {
            super("A full recompute is already running; follow it at /api/staff/matching/status");
        }
    }

    private final ReactiveMongoTemplate mongo;
    private final Needs needs;
    private final Matcher matcher;
    private final MatchingProperties properties;
    private final Clock clock;

    FullRecompute(ReactiveMongoTemplate mongo, Needs needs, Matcher matcher, MatchingProperties properties,
            Optional<Clock> clock) {
        this.mongo = mongo;
        this.needs = needs;
        this.matcher = matcher;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Mono<Job> status() {
        return mongo.findById(JOB_ID, Job.class)
                .defaultIfEmpty(new Job(JOB_ID, "IDLE", 0, 0, null, null, null, null, null));
    }

    /** Claims the job and runs it in the background; emits the claimed (RUNNING) state. */
    Mono<Job> start(String staffUserId) {
        Instant now = clock.instant();
        Query claimable = Query.query(Criteria.where("_id").is(JOB_ID).orOperator(
                Criteria.where("state").ne("RUNNING"),
                Criteria.where("heartbeatAt").lt(now.minus(properties.recomputeStaleAfter()))));
        Update claim = new Update().set("state", "RUNNING").set("total", 0L).set("done", 0L)
                .set("startedBy", staffUserId).set("startedAt", now).set("heartbeatAt", now)
                .set("finishedAt", null).set("error", null);
        return mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().upsert(true).returnNew(true), Job.class)
                .onErrorMap(DuplicateKeyException.class, e -> new AlreadyRunning())
                .doOnNext(job -> run(job.startedAt()).subscribe(
                        ok -> { }, e -> log.warn("Full match recompute failed", e)));
    }

    private Mono<Void> run(Instant startedAt) {
        return needs.findByStatus(NeedStatus.OPEN).collectList().flatMap(open -> {
            AtomicInteger done = new AtomicInteger();
            java.util.List<String> openIds = open.stream().map(Need::id).toList();
            return progress(Update.update("total", (long) open.size()))
                    .then(mongo.updateMulti(Query.query(Criteria.where("needId").nin(openIds).and("active").is(true)),
                            Update.update("active", false), StoredMatch.class))
                    .then(matcher.catchUpListings())
                    .then(matcher.storedPairs())
                    .flatMapMany(stored -> reactor.core.publisher.Flux.fromIterable(open)
                            .map(need -> java.util.Map.entry(need, stored.getOrDefault(need.id(), java.util.Map.of()))))
                    .flatMap(entry -> matcher.refreshOpenNeed(entry.getKey(), entry.getValue())
                            .then(Mono.defer(() -> {
                                int finished = done.incrementAndGet();
                                return finished % PROGRESS_EVERY == 0 || finished == open.size()
                                        ? progress(new Update().max("done", (long) finished).set("heartbeatAt", clock.instant()))
                                        : Mono.empty();
                            })), CONCURRENCY)
                    .then(progress(new Update().set("state", "DONE").set("finishedAt", clock.instant())));
        }).onErrorResume(e -> progress(new Update().set("state", "FAILED").set("error", e.getClass().getSimpleName())
                .set("finishedAt", clock.instant())).then(Mono.error(e)));
    }

    private Mono<Void> progress(Update update) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(JOB_ID)), update, Job.class).then();
    }
}
