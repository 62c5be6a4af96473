package org.transferhub.audit;

import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit log, for every feature: {@code auditLog.record("LISTING_APPROVED", actorId, actorName,
 * "listing:" + id, Map.of())}. A failed audit write is logged and does not fail the action.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final ReactiveMongoTemplate mongo;

    AuditLog(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> record(String action, String actorId, String actorName, String target,
            Map<String, String> details) {
        return record(action, actorId, actorName, target, null, details);
    }

    public Mono<Void> record(String action, String actorId, String actorName, String target, String clientAddress,
            Map<String, String> details) {
        AuditEvent event = new AuditEvent(null, Instant.now(), action, actorId, actorName, target, clientAddress,
                Map.copyOf(details));
        log.info("audit {} actor={} target={} {}", action, actorName, target, details);
        return mongo.insert(event)
                .onErrorResume(error -> {
                    log.error("Could not write audit event {}: {}", action, error.toString());
                    return Mono.empty();
                })
                .then();
    }

    /** Newest first. */
    public Flux<AuditEvent> page(int page, int size) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size);
        return mongo.find(query, AuditEvent.class);
    }

    public Mono<Long> count() {
        return mongo.count(new Query(), AuditEvent.class);
    }
}
