package org.transferhub.security;

import reactor.core.publisher.Mono;

/** What other features may do with sessions: end all of a user's (role change, disabling). */
public interface Sessions {

    /** Ends every session of the user on every node; returns how many were ended. */
    Mono<Long> endAllOf(String userId);
}
