package org.transferhub.account.web;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import reactor.core.publisher.Mono;

/** Puts a signed-in user into the session, and takes them out again. */
@Component
class SessionSignIn {

    private final ServerSecurityContextRepository contexts;

    SessionSignIn(ServerSecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    /** Signs the user in under a new session id (no session fixation). */
    Mono<Void> signIn(ServerWebExchange exchange, CurrentUser user) {
        return contexts.save(exchange, context(user));
    }

    /** Replaces the session's copy of the user after a profile edit, keeping the session id. */
    Mono<Void> refresh(ServerWebExchange exchange, CurrentUser user) {
        return exchange.getSession().doOnNext(session -> session.getAttributes().put(
                WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME, context(user)))
                .then();
    }

    Mono<Void> signOut(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(WebSession::invalidate);
    }

    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    private static SecurityContextImpl context(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : Role.values()) {
            if (user.has(role)) { // ADMIN holds STAFF too
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }
}
