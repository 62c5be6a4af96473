package org.transferhub.transfer;

import java.time.Instant;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Read-only access to all transfers as flat facts, for the goals dashboard and exports. Streams
 * every transfer without its audit trail and messages (the bulky parts); figures are computed from
 * these each time, so they cannot drift from the data.
 */
@Component
public class TransferRecords {

    private final ReactiveMongoTemplate mongo;
    private final TransferService service;

    TransferRecords(ReactiveMongoTemplate mongo, TransferService service) {
        this.mongo = mongo;
        this.service = service;
    }

    public Flux<TransferFact> facts() {
        Instant now = service.now();
        Query query = new Query();
        query.fields().exclude("history").exclude("application.readiness").exclude("application.intendedUse");
        return mongo.find(query, Transfer.class).map(t -> TransferFact.of(t, now));
    }

    /** The time the figures are computed at (the application's clock). */
    public Instant now() {
        return service.now();
    }
}
