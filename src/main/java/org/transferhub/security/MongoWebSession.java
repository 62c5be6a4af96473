package org.transferhub.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * One session, loaded from or headed for MongoDB. Writes are skipped when nothing changed and the
 * last access was recorded less than {@link MongoWebSessionStore#TOUCH_INTERVAL} ago, so that an
 * ordinary request costs one read and no write.
 */
final class MongoWebSession implements WebSession {

    private final MongoWebSessionStore store;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Instant creationTime;
    private volatile String id;
    private volatile Instant lastAccessTime;
    private volatile Duration maxIdleTime;
    private volatile boolean started;
    private volatile boolean invalidated;

    /** What is in the database now (null id: nothing). */
    private volatile String persistedId;
    private volatile byte[] persistedAttributes;
    private volatile Instant persistedLastAccess;

    MongoWebSession(MongoWebSessionStore store, String id, Instant creationTime, Duration maxIdleTime) {
        this.store = store;
        this.id = id;
        this.creationTime = creationTime;
        this.lastAccessTime = creationTime;
        this.maxIdleTime = maxIdleTime;
    }

    /** A session read back from the database. */
    static MongoWebSession loaded(MongoWebSessionStore store, SessionDocument doc, Map<String, Object> attributes,
            Duration maxIdleTime) {
        MongoWebSession session = new MongoWebSession(store, doc.id(), doc.createdAt(), maxIdleTime);
        session.attributes.putAll(attributes);
        session.lastAccessTime = doc.lastAccessedAt();
        session.started = true;
        session.persistedId = doc.id();
        session.persistedAttributes = doc.attributes();
        session.persistedLastAccess = doc.lastAccessedAt();
        return session;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isStarted() {
        return started || !attributes.isEmpty();
    }

    @Override
    public Mono<Void> changeSessionId() {
        String previous = persistedId;
        id = store.newSessionId();
        persistedId = null;
        return previous == null ? Mono.empty() : store.delete(previous);
    }

    @Override
    public Mono<Void> invalidate() {
        invalidated = true;
        attributes.clear();
        String previous = persistedId;
        persistedId = null;
        return previous == null ? Mono.empty() : store.delete(previous);
    }

    @Override
    public Mono<Void> save() {
        if (invalidated || isExpired()) {
            return Mono.empty();
        }
        byte[] serialized = store.serialize(attributes);
        boolean unchanged = id.equals(persistedId) && Arrays.equals(serialized, persistedAttributes)
                && persistedLastAccess != null
                && persistedLastAccess.plus(MongoWebSessionStore.TOUCH_INTERVAL).isAfter(lastAccessTime);
        if (unchanged) {
            return Mono.empty();
        }
        SessionDocument doc = new SessionDocument(id, store.ownerOf(attributes), creationTime, lastAccessTime,
                expiresAt(), serialized);
        return store.upsert(doc).doOnSuccess(ignored -> {
            persistedId = doc.id();
            persistedAttributes = serialized;
            persistedLastAccess = doc.lastAccessedAt();
        });
    }

    @Override
    public boolean isExpired() {
        return invalidated || isExpired(store.now());
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt());
    }

    Instant expiresAt() {
        Instant idle = lastAccessTime.plus(maxIdleTime);
        Instant absolute = creationTime.plus(store.absoluteTimeout());
        return idle.isBefore(absolute) ? idle : absolute;
    }

    void touch(Instant now) {
        lastAccessTime = now;
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public Instant getLastAccessTime() {
        return lastAccessTime;
    }

    @Override
    public void setMaxIdleTime(Duration maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
    }

    @Override
    public Duration getMaxIdleTime() {
        return maxIdleTime;
    }
}
