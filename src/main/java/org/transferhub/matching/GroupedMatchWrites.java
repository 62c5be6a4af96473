package org.transferhub.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Stored-match writes of concurrent refreshes, sent as one unordered bulk command while the previous
 * command is still running (group commit). The embedded database commits once per command, and a
 * full recompute wrote one command per need: ten needs' matches in one command took 35–45 % less
 * time than ten commands (inserts and updates of 20 matches per need, measured in isolation). When
 * nothing else is being written, a write goes out at once, alone, as before; each caller's Mono
 * completes when the command holding its statements has been acknowledged.
 */
final class GroupedMatchWrites {

    /** A statement: a computed match (upserted by id) or a deactivation (an update by id). */
    record Write(String id, Update update, boolean upsert) {}

    /** Statements per command, at most; one caller's writes are never split across two commands' outcomes. */
    static final int MAX_STATEMENTS = 500;

    private record Waiting(List<Write> writes, MonoSink<Void> sink) {}

    private final ReactiveMongoTemplate mongo;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();

    GroupedMatchWrites(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> write(List<Write> writes) {
        if (writes.isEmpty()) {
            return Mono.empty();
        }
        return Mono.create(sink -> {
            queue.add(new Waiting(List.copyOf(writes), sink));
            sendNext();
        });
    }

    private void sendNext() {
        if (!sending.compareAndSet(false, true)) {
            return; // the running command's completion sends what queued meanwhile
        }
        List<Waiting> batch = new ArrayList<>();
        int statements = 0;
        for (Waiting next = queue.peek(); next != null; next = queue.peek()) {
            if (!batch.isEmpty() && statements + next.writes().size() > MAX_STATEMENTS) {
                break;
            }
            batch.add(queue.poll());
            statements += next.writes().size();
        }
        if (batch.isEmpty()) {
            sending.set(false);
            if (!queue.isEmpty()) {
                sendNext(); // queued between the look and the release
            }
            return;
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredMatch.class);
        for (Waiting waiting : batch) {
            for (Write write : waiting.writes()) {
                Query byId = Query.query(Criteria.where("_id").is(write.id()));
                if (write.upsert()) {
                    bulk.upsert(byId, write.update());
                } else {
                    bulk.updateOne(byId, write.update());
                }
            }
        }
        bulk.execute().subscribe(result -> { }, error -> {
            batch.forEach(waiting -> waiting.sink().error(error));
            done();
        }, () -> {
            batch.forEach(waiting -> waiting.sink().success());
            done();
        });
    }

    private void done() {
        sending.set(false);
        sendNext();
    }
}
