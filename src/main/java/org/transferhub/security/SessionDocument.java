package org.transferhub.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A web session as stored in MongoDB, shared by every app node.
 *
 * @param userId the signed-in user, so that all of a user's sessions can be ended at once
 * @param expiresAt the earlier of idle and absolute expiry; a TTL index and a sweep remove it after
 * @param attributes the session attributes, Java-serialized (the security context)
 */
@Document("sessions")
record SessionDocument(@Id String id, @Indexed String userId, Instant createdAt, Instant lastAccessedAt,
        @Indexed(expireAfter = "0s") Instant expiresAt, byte[] attributes) {
}
