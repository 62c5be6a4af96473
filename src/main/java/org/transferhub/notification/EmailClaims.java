package org.transferhub.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * "This email is being sent / was sent", one document per email: {@code userId:digest:WEEKLY:2026-11-30}
 * or {@code userId:notification:<id>}. A node sends only after claiming: the insert of a new key (the
 * unique _id lets exactly one node win) or, when a claim was never confirmed within the lease (its node
 * died), a guarded update of that stale claim. After sending the node confirms with {@code sentAt};
 * after a failure it releases the claim so a later run tries again.
 */
@Component
class EmailClaims {

    @Document("email_sent")
    record EmailClaim(@Id String id, String userId, String claimedBy, Instant claimedAt, Instant sentAt, int items) {}

    private final ReactiveMongoTemplate mongo;
    private final EmailProperties properties;

    EmailClaims(ReactiveMongoTemplate mongo, EmailProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    /** True when this node now holds the claim and must send. */
    Mono<Boolean> claim(String key, String userId, String node, Instant now) {
        return mongo.insert(new EmailClaim(key, userId, node, now, null, 0)).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, e -> mongo.updateFirst(
                        query(where("_id").is(key).and("sentAt").is(null)
                                .and("claimedAt").lt(now.minus(properties.claimLease()))),
                        new Update().set("claimedBy", node).set("claimedAt", now), EmailClaim.class)
                        .map(result -> result.getModifiedCount() == 1));
    }

    Mono<Void> confirm(String key, String node, Instant now, int items) {
        return mongo.updateFirst(query(where("_id").is(key).and("claimedBy").is(node)),
                new Update().set("sentAt", now).set("items", items), EmailClaim.class).then();
    }

    Mono<Void> release(String key, String node) {
        return mongo.remove(query(where("_id").is(key).and("claimedBy").is(node).and("sentAt").is(null)),
                EmailClaim.class).then();
    }

    Mono<Boolean> settled(String key) {
        return mongo.exists(query(where("_id").is(key).and("sentAt").ne(null)), EmailClaim.class);
    }
}
