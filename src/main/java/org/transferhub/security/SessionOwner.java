package org.transferhub.security;

/**
 * Implemented by authentication principals whose sessions must be findable by owner, so that
 * {@link Sessions#endAllOf(String)} can end them (the account feature's {@code CurrentUser}).
 */
public interface SessionOwner {

    String sessionOwnerId();
}
