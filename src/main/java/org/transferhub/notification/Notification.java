package org.transferhub.notification;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.transferhub.account.Role;

/**
 * One in-app notification for one audience (an institution's users of a role, or all staff), or for
 * one user ({@code userId}; institution and role null) when only they are concerned. Mostly addressed
 * to audiences because features know institutions, not user lists; each user's read state is the
 * {@code readBy} set.
 */
@Document("notifications")
record Notification(@Id String id, @Indexed String institutionId, Role role, @Indexed String userId,
        String actorUserId, String subject, String text, String link, @Indexed Instant createdAt, Set<String> readBy) {}
