package org.transferhub.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in. {@code usernameKey} is the case-folded username with a unique index, so
 * "Admin" and "admin" are one account, also when several nodes register at once.
 */
@Document("users")
public record User(@Id String id, String username, @Indexed(unique = true) String usernameKey, String passwordHash,
        String displayName, String email, String language, Set<Role> roles, String institutionId, boolean enabled,
        @Indexed Instant createdAt, Instant lastLoginAt, EmailFrequency emailFrequency, @Version Long version) {

    public User {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        emailFrequency = emailFrequency == null ? EmailFrequency.DEFAULT : emailFrequency; // accounts from before the setting
    }

    public static User create(String id, String username, String passwordHash, String displayName, String email,
            String language, Set<Role> roles, String institutionId, Instant now) {
        return new User(id, username, keyOf(username), passwordHash, displayName, email, language, roles,
                institutionId, true, now, null, EmailFrequency.DEFAULT, null);
    }

    public static String keyOf(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public CurrentUser currentUser() {
        return new CurrentUser(id, username, displayName, institutionId, roles, language);
    }

    public User withRoles(Set<Role> newRoles) {
        return new User(id, username, usernameKey, passwordHash, displayName, email, language, newRoles,
                institutionId, enabled, createdAt, lastLoginAt, emailFrequency, version);
    }

    public User withEnabled(boolean newEnabled) {
        return new User(id, username, usernameKey, passwordHash, displayName, email, language, roles,
                institutionId, newEnabled, createdAt, lastLoginAt, emailFrequency, version);
    }

    /** The user's own edit; a null leaves that field unchanged. */
    public User withProfile(String newDisplayName, String newLanguage, EmailFrequency newEmailFrequency) {
        return new User(id, username, usernameKey, passwordHash,
                newDisplayName == null ? displayName : newDisplayName, email,
                newLanguage == null ? language : newLanguage, roles, institutionId, enabled, createdAt, lastLoginAt,
                newEmailFrequency == null ? emailFrequency : newEmailFrequency, version);
    }

    public User signedInAt(Instant at) {
        return new User(id, username, usernameKey, passwordHash, displayName, email, language, roles,
                institutionId, enabled, createdAt, at, emailFrequency, version);
    }
}
