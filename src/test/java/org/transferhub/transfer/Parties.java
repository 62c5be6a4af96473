package org.transferhub.transfer;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;

/** Signed-in test users and HTTP clients acting as them. */
final class Parties {

    private Parties() {}

    static CurrentUser user(String institutionId, Role... roles) {
        String id = "U-" + UUID.randomUUID();
        return new CurrentUser(id, id, "User " + id.substring(2, 8), institutionId, Set.of(roles), "en");
    }

    /**
     * A client bound to the running application's handler (controllers, filters, security chain)
     * without a socket: Spring Security's test mutators only work on such clients, and the platform's
     * login is not on this branch yet.
     */
    static WebTestClient boundTo(ApplicationContext context) {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient()
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    static WebTestClient as(WebTestClient web, CurrentUser user) {
        var authorities = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return web.mutateWith(mockAuthentication(new UsernamePasswordAuthenticationToken(user, null, authorities)))
                .mutateWith(csrf());
    }
}
