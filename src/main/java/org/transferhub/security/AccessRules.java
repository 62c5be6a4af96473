package org.transferhub.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A feature's own authorization rules, applied before the catch-all "/api/** needs a sign-in" rule.
 * Declare a bean, e.g. {@code spec.pathMatchers(HttpMethod.GET, "/api/goals/public/**").permitAll()}.
 * Roles are authorities {@code ROLE_<Role>}; an ADMIN also holds {@code ROLE_STAFF}.
 */
@FunctionalInterface
public interface AccessRules {

    void configure(ServerHttpSecurity.AuthorizeExchangeSpec spec);
}
