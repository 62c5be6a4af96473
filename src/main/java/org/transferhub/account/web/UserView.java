package org.transferhub.account.web;

import java.time.Instant;
import java.util.Set;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.institution.InstitutionDetails;

/** A user as the API shows it (to the user themselves and to admins): never the password hash. */
record UserView(String id, String username, String displayName, String email, String language, Set<Role> roles,
        boolean enabled, Instant createdAt, Instant lastLoginAt, InstitutionDetails institution,
        EmailFrequency emailFrequency) {

    static UserView of(User user, InstitutionDetails institution) {
        return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.language(),
                user.roles(), user.enabled(), user.createdAt(), user.lastLoginAt(), institution,
                user.emailFrequency());
    }
}
