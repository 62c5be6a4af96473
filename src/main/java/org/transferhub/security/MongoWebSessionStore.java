package org.transferhub.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;

/**
 * Web sessions in MongoDB, so that they survive restarts and every app node sees the same ones.
 * Every request with a session cookie reads its session (no cache: ending a user's sessions takes
 * effect at once on all nodes). Expired sessions are refused on read and removed by a TTL index on
 * real MongoDB and by a periodic sweep (the embedded server may not honour TTL indexes).
 */
class MongoWebSessionStore implements WebSessionStore, Sessions {

    /** How stale the stored last-access time may get before an otherwise unchanged session is rewritten. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(MongoWebSessionStore.class);
    private static final ObjectInputFilter ALLOWED_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;java.base/*;org.springframework.security.**;org.transferhub.**;!*");

    private final ReactiveMongoTemplate mongo;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MongoWebSessionStore(ReactiveMongoTemplate mongo, SecurityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<WebSession> createWebSession() {
        return Mono.fromSupplier(() -> new MongoWebSession(this, newSessionId(), now(),
                properties.sessionIdleTimeout()));
    }

    @Override
    public Mono<WebSession> retrieveSession(String id) {
        Instant now = now();
        return mongo.findById(id, SessionDocument.class).flatMap(doc -> {
            Map<String, Object> attributes = deserialize(doc.attributes());
            MongoWebSession session = attributes == null ? null
                    : MongoWebSession.loaded(this, doc, attributes, properties.sessionIdleTimeout());
            if (session == null || session.isExpired(now)) {
                return delete(id).then(Mono.empty());
            }
            session.touch(now);
            return Mono.just(session);
        });
    }

    @Override
    public Mono<Void> removeSession(String id) {
        return delete(id);
    }

    @Override
    public Mono<WebSession> updateLastAccessTime(WebSession session) {
        return Mono.fromSupplier(() -> {
            ((MongoWebSession) session).touch(now());
            return session;
        });
    }

    @Override
    public Mono<Long> endAllOf(String userId) {
        return mongo.remove(Query.query(Criteria.where("userId").is(userId)), SessionDocument.class)
                .map(result -> result.getDeletedCount());
    }

    /** Removes expired sessions; harmless when several nodes run it at once. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void sweep() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(now())), SessionDocument.class)
                .subscribe(result -> {
                    if (result.getDeletedCount() > 0) {
                        log.debug("Removed {} expired sessions", result.getDeletedCount());
                    }
                }, error -> log.warn("Session sweep failed: {}", error.toString()));
    }

    Mono<Void> delete(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), SessionDocument.class).then();
    }

    Mono<Void> upsert(SessionDocument doc) {
        return mongo.save(doc).then();
    }

    String newSessionId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Instant now() {
        return clock.instant();
    }

    Duration absoluteTimeout() {
        return properties.sessionAbsoluteTimeout();
    }

    /** The id of the signed-in user, taken from the security context kept in the session. */
    String ownerOf(Map<String, Object> attributes) {
        Object context = attributes.get(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME);
        if (context instanceof SecurityContext sc) {
            Authentication authentication = sc.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SessionOwner owner) {
                return owner.sessionOwnerId();
            }
        }
        return null;
    }

    byte[] serialize(Map<String, Object> attributes) {
        HashMap<String, Object> copy = new HashMap<>();
        attributes.forEach((key, value) -> {
            if (value instanceof Serializable) {
                copy.put(key, value);
            } else {
                log.warn("Session attribute {} is not serializable and is not stored", key);
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(copy);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize the session attributes", e);
        }
        return bytes.toByteArray();
    }

    /** The attributes, or null when they cannot be read (e.g. written by an incompatible version). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] data) {
        if (data == null) {
            return Map.of();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(ALLOWED_CLASSES);
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.info("Discarding a session that cannot be read: {}", e.toString());
            return null;
        }
    }
}
