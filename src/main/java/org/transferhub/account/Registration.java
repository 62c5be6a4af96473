package org.transferhub.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.transferhub.account.AccountProblems.UsernameTaken;
import org.transferhub.audit.AuditLog;
import org.transferhub.institution.InstitutionRegistry;
import org.transferhub.institution.NewInstitution;
import org.transferhub.shared.web.InvalidRequest;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Mono;

/**
 * Self-registration: a PROVIDER and/or REQUESTER account at an existing institution or at a new one,
 * which starts PENDING. There are no multi-document transactions, so a new institution is created
 * first and withdrawn again when the user cannot be created (e.g. the username was taken meanwhile).
 */
@Service
public class Registration {

    /** The roles anyone may give themselves; STAFF and ADMIN are granted by an admin. */
    static final Set<Role> SELF_SERVICE_ROLES = EnumSet.of(Role.PROVIDER, Role.REQUESTER);

    private final Users users;
    private final PasswordPolicy passwords;
    private final InstitutionRegistry institutions;
    private final AuditLog auditLog;

    Registration(Users users, PasswordPolicy passwords, InstitutionRegistry institutions, AuditLog auditLog) {
        this.users = users;
        this.passwords = passwords;
        this.institutions = institutions;
        this.auditLog = auditLog;
    }

    /** What a registering person gives us (already checked for shape by Bean Validation). */
    public record Application(String username, String password, String displayName, String email, String language,
            Set<Role> roles, String institutionId, NewInstitution newInstitution) {}

    public Mono<User> register(Application form, String clientAddress) {
        if (!SELF_SERVICE_ROLES.containsAll(form.roles())) {
            return Mono.error(new InvalidRequest("roles", "may only be PROVIDER and/or REQUESTER"));
        }
        if ((form.institutionId() == null) == (form.newInstitution() == null)) {
            return Mono.error(new InvalidRequest("institutionId", "give exactly one of institutionId and newInstitution"));
        }
        var problem = passwords.problemWith(form.password(), form.username());
        if (problem.isPresent()) {
            return Mono.error(new InvalidRequest("password", problem.get()));
        }
        String userId = new ObjectId().toHexString();
        String displayName = form.displayName().strip();
        return users.existsByUsernameKey(User.keyOf(form.username()))
                .flatMap(taken -> taken ? Mono.<String>error(new UsernameTaken()) : institutionFor(form, userId, displayName))
                .flatMap(institutionId -> passwords.hash(form.password())
                        .map(hash -> User.create(userId, form.username().strip(), hash, displayName, form.email().strip(),
                                form.language(), form.roles(), institutionId, Instant.now()))
                        .flatMap(users::insert)
                        .onErrorResume(DuplicateKeyException.class, e -> (form.newInstitution() == null ? Mono.<Void>empty()
                                : institutions.withdrawRegistration(institutionId)).then(Mono.error(new UsernameTaken()))))
                .flatMap(user -> auditLog.record("REGISTERED", user.id(), user.username(), "user:" + user.id(),
                        clientAddress, Map.of("roles", rolesText(user.roles()), "institution", user.institutionId()))
                        .thenReturn(user));
    }

    private Mono<String> institutionFor(Application form, String userId, String displayName) {
        if (form.newInstitution() != null) {
            return institutions.registerPending(form.newInstitution(), userId, displayName).map(i -> i.id());
        }
        return institutions.requireJoinable(form.institutionId()).map(i -> i.id())
                .onErrorMap(NotFound.class, e -> new InvalidRequest("institutionId", "no such institution"));
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
