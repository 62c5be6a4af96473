package org.transferhub.account;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.transferhub.shared.web.ApiException;
import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.Forbidden;
import org.transferhub.shared.web.NotFound;
import org.transferhub.shared.web.ProblemType;

/** The account feature's named failures. */
final class AccountProblems {

    private AccountProblems() {}

    /** Wrong password, or no such user: one answer for both. */
    static class BadCredentials extends ApiException {
        BadCredentials() {
            super(ProblemType.BAD_CREDENTIALS, "Username or password is wrong");
        }
    }

    static class AccountDisabled extends Forbidden {
        AccountDisabled() {
            super("This account is disabled; contact the Center");
        }
    }

    static class UsernameTaken extends ApiException {
        UsernameTaken() {
            super(ProblemType.DUPLICATE, "This username is taken");
        }
    }

    static class UserNotFound extends NotFound {
        UserNotFound(String id) {
            super("User", id);
        }
    }

    /** An admin may not lock themselves out (remove their own ADMIN role or disable themselves). */
    static class SelfLockout extends Conflict {
        SelfLockout() {
            super("You cannot remove your own admin role or disable your own account");
        }
    }

    /** The session's user no longer exists. */
    static AuthenticationCredentialsNotFoundException signedOut() {
        return new AuthenticationCredentialsNotFoundException("Sign in to continue");
    }
}
