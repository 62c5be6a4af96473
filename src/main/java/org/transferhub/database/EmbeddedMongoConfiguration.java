package org.transferhub.database;

import com.mongodb.ConnectionString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the database. With {@code MONGODB_URI} (or {@code spring.mongodb.uri}) set, that MongoDB is
 * used and nothing embedded starts; otherwise an embedded server starts under the data directory.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUriConfigured.class)
    EmbeddedMongo embeddedMongo(DataProperties data, Environment env) {
        // This node is the database's only client: nothing reads an oplog unless it is told to follow
        // change streams anyway (transferhub.search.change-stream=on, as ChangesFromOtherNodesIntegrationTests does).
        boolean oplog = "on".equalsIgnoreCase(env.getProperty("transferhub.search.change-stream", "auto"));
        EmbeddedMongo mongo = EmbeddedMongo.start(data.embeddedDatabaseFile(), 0, oplog);
        log.info("Using the embedded MongoDB (mongo-java-server, H2 file {}) on 127.0.0.1:{}",
                mongo.file().toAbsolutePath().normalize(), mongo.port());
        return mongo;
    }

    @Bean
    @Conditional(NoMongoUriConfigured.class)
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo mongo, Environment env) {
        String database = env.getProperty("spring.mongodb.database", "transferhub");
        ConnectionString connectionString = new ConnectionString(mongo.connectionString(database));
        return () -> connectionString;
    }

    @Bean
    @Conditional(MongoUriFromEnvironment.class)
    MongoConnectionDetails mongoUriConnectionDetails(Environment env) {
        ConnectionString connectionString = new ConnectionString(env.getRequiredProperty("MONGODB_URI"));
        log.info("Using the MongoDB at {} (MONGODB_URI)", MongoUris.withoutCredentials(connectionString));
        return () -> connectionString;
    }
}
