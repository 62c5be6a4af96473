package org.transferhub.matching;

import java.util.Collections;
import java.util.List;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Stored-match writes of concurrent refreshes, sent together as one unordered bulk command
 * ({@link GroupCommit}); each caller's Mono completes once its statements are acknowledged.
 */
final class GroupedMatchWrites {

    /** A statement: a computed match (upserted by id) or a deactivation (an update by id). */
    record Write(String id, Update update, boolean upsert) {}

    private final GroupCommit<Write, Boolean> commands;

    GroupedMatchWrites(ReactiveMongoTemplate mongo) {
        this.commands = new GroupCommit<>(callers -> {
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredMatch.class);
            for (List<Write> writes : callers) {
                for (Write write : writes) {
                    Query byId = Query.query(Criteria.where("_id").is(write.id()));
                    if (write.upsert()) {
                        bulk.upsert(byId, write.update());
                    } else {
                        bulk.updateOne(byId, write.update());
                    }
                }
            }
            return bulk.execute().thenReturn(Collections.nCopies(callers.size(), true));
        });
    }

    Mono<Void> write(List<Write> writes) {
        return writes.isEmpty() ? Mono.empty() : commands.submit(writes).then();
    }
}
