package org.transferhub.account;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** How features find out who is calling, without depending on Spring Security's types. */
@Component
public class CurrentUsers {

    /** The caller, or empty when anonymous. */
    public Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .mapNotNull(authentication -> authentication.getPrincipal())
                .ofType(CurrentUser.class);
    }

    /** The caller; an anonymous call fails with 401 problem JSON. */
    public Mono<CurrentUser> required() {
        return current().switchIfEmpty(Mono.error(
                () -> new AuthenticationCredentialsNotFoundException("Sign in to continue")));
    }
}
