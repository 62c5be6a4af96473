package org.transferhub.account;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.account.AccountProblems.AccountDisabled;
import org.transferhub.account.AccountProblems.BadCredentials;
import org.transferhub.audit.AuditLog;
import reactor.core.publisher.Mono;

/**
 * Checks a username and password: throttled first (so a locked-out attacker learns nothing and costs
 * no hashing), then the same work whether or not the user exists, then the enabled flag (only
 * revealed to someone who knows the password).
 */
@Service
public class SignIn {

    private final Users users;
    private final PasswordPolicy passwords;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final ReactiveMongoTemplate mongo;

    SignIn(Users users, PasswordPolicy passwords, LoginThrottle throttle, AuditLog auditLog,
            ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    public Mono<User> authenticate(String username, String password, String clientAddress) {
        String key = User.keyOf(username);
        return throttle.check(key, clientAddress)
                .then(users.findByUsernameKey(key).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(found -> passwords.matches(password, found.map(User::passwordHash).orElse(null))
                        .flatMap(matches -> {
                            if (!matches) {
                                return throttle.recordFailure(key, clientAddress)
                                        .then(auditLog.record("LOGIN_FAILED", found.map(User::id).orElse(null),
                                                username, null, clientAddress, Map.of()))
                                        .then(Mono.error(new BadCredentials()));
                            }
                            User user = found.orElseThrow();
                            if (!user.enabled()) {
                                return auditLog.record("LOGIN_REFUSED_DISABLED", user.id(), user.username(), null,
                                        clientAddress, Map.of()).then(Mono.error(new AccountDisabled()));
                            }
                            Instant now = Instant.now();
                            // A plain $set: signing in must not collide with an admin's versioned edit.
                            return throttle.recordSuccess(key)
                                    .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(user.id())),
                                            Update.update("lastLoginAt", now), User.class))
                                    .thenReturn(user.signedInAt(now))
                                    .flatMap(saved -> auditLog.record("LOGIN_SUCCEEDED", saved.id(), saved.username(),
                                            null, clientAddress, Map.of()).thenReturn(saved));
                        }));
    }
}
