package org.transferhub.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.transferhub.account.AccountProblems.SelfLockout;
import org.transferhub.account.AccountProblems.UserNotFound;
import org.transferhub.audit.AuditLog;
import org.transferhub.security.Sessions;
import reactor.core.publisher.Mono;

/**
 * What admins do with accounts. A role change or disabling ends the user's sessions on every node,
 * so the roles in a session's {@link CurrentUser} are always current. Edits are versioned: two
 * admins changing one user at once get one success and one 409.
 */
@Service
public class UserAdministration {

    private final Users users;
    private final ReactiveMongoTemplate mongo;
    private final Sessions sessions;
    private final AuditLog auditLog;

    UserAdministration(Users users, ReactiveMongoTemplate mongo, Sessions sessions, AuditLog auditLog) {
        this.users = users;
        this.mongo = mongo;
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    public record UserPage(List<User> items, long total, int page, int size) {}

    /** Users whose username, display name or email contains the text, by username. */
    public Mono<UserPage> find(String text, int page, int size) {
        List<Criteria> criteria = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
            criteria.add(new Criteria().orOperator(Criteria.where("username").regex(contains),
                    Criteria.where("displayName").regex(contains), Criteria.where("email").regex(contains)));
        }
        Query filter = criteria.isEmpty() ? new Query() : Query.query(criteria.getFirst());
        Query pageQuery = Query.of(filter).with(Sort.by("usernameKey")).skip((long) page * size).limit(size);
        return Mono.zip(mongo.find(pageQuery, User.class).collectList(), mongo.count(filter, User.class))
                .map(t -> new UserPage(t.getT1(), t.getT2(), page, size));
    }

    public Mono<User> changeRoles(String userId, Set<Role> roles, CurrentUser admin) {
        return load(userId).flatMap(user -> {
            if (user.id().equals(admin.userId()) && !roles.contains(Role.ADMIN)) {
                return Mono.error(new SelfLockout());
            }
            return users.save(user.withRoles(roles))
                    .flatMap(saved -> sessions.endAllOf(saved.id())
                            .then(auditLog.record("ROLES_CHANGED", admin.userId(), admin.username(), "user:" + saved.id(),
                                    Map.of("username", saved.username(), "from", Registration.rolesText(user.roles()),
                                            "to", Registration.rolesText(saved.roles()))))
                            .thenReturn(saved));
        });
    }

    public Mono<User> setEnabled(String userId, boolean enabled, CurrentUser admin) {
        return load(userId).flatMap(user -> {
            if (user.id().equals(admin.userId()) && !enabled) {
                return Mono.error(new SelfLockout());
            }
            return users.save(user.withEnabled(enabled))
                    .flatMap(saved -> (enabled ? Mono.<Long>empty() : sessions.endAllOf(saved.id()))
                            .then(auditLog.record(enabled ? "USER_ENABLED" : "USER_DISABLED", admin.userId(),
                                    admin.username(), "user:" + saved.id(), Map.of("username", saved.username())))
                            .thenReturn(saved));
        });
    }

    /** The user's own profile edit; null leaves a field unchanged. */
    public Mono<User> updateProfile(String userId, String displayName, String language, EmailFrequency emailFrequency) {
        return load(userId).flatMap(user -> users.save(user.withProfile(displayName, language, emailFrequency)));
    }

    public Mono<User> load(String userId) {
        return users.findById(userId).switchIfEmpty(Mono.error(() -> new UserNotFound(userId)));
    }
}
