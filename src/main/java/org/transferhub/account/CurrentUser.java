package org.transferhub.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import org.transferhub.security.SessionOwner;

/**
 * The signed-in user as other features see it: the principal of every authenticated request.
 * A snapshot taken at login; role changes and disabling end the user's sessions, so it stays true.
 * Institution verification can change during a session: ask {@code InstitutionDirectory}, not this.
 */
public record CurrentUser(String userId, String username, String displayName, String institutionId,
        Set<Role> roles, String language) implements Serializable, SessionOwner {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role) || role == Role.STAFF && roles.contains(Role.ADMIN);
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }

    /** Sessions are filed under the user id, so that a role change or disabling can end them all. */
    @Override
    public String sessionOwnerId() {
        return userId;
    }
}
