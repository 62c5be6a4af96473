package org.transferhub.database;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Replaces Boot's Mongo health indicator (bean name {@code mongoHealthIndicator}), which runs
 * {@code listDatabases} and {@code hello} on the {@code admin} database: mongo-java-server answers
 * neither the way Boot expects, so health was DOWN on the embedded database. {@code ping} on our
 * own database works on both the embedded server and real MongoDB.
 */
@Component("mongoHealthIndicator")
class DatabaseHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;
    private final boolean embedded;

    DatabaseHealthIndicator(ReactiveMongoTemplate mongo, ObjectProvider<EmbeddedMongo> embeddedMongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
        this.embedded = embeddedMongo.getIfAvailable() != null;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.getMongoDatabase()
                .flatMap(db -> Mono.from(db.runCommand(new Document("ping", 1)))
                        .map(reply -> builder.up()
                                .withDetail("database", db.getName())
                                .withDetail("embedded", embedded)
                                .build()));
    }
}
