package org.transferhub.audit;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One security-relevant event. Never holds secrets: no passwords, tokens or session ids.
 *
 * @param action what happened, e.g. {@code LOGIN_FAILED}, {@code ROLES_CHANGED}, {@code INSTITUTION_VERIFIED}
 * @param actorId who did it (null when anonymous, e.g. a failed login)
 * @param actorName the actor's username, or the username that was tried
 * @param target what it was done to, e.g. {@code user:64f…} or {@code institution:64f…}
 * @param details small, non-secret facts (old and new roles, a rejection reason)
 */
@Document("audit_events")
public record AuditEvent(@Id String id, @Indexed Instant at, String action, String actorId, String actorName,
        String target, String clientAddress, Map<String, String> details) {
}
