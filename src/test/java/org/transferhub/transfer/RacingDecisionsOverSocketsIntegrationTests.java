package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.WebFilter;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.institution.VerificationStatus;
import org.transferhub.testing.IntegrationTest;
import reactor.core.publisher.Flux;

/**
 * The race over real sockets: 20 separate HTTP requests through Netty at once. Signs users in by a
 * test-only header (its own context; the platform's login is not on this branch), CSRF off for it.
 */
@IntegrationTest
@Import({TransferFakes.class, RacingDecisionsOverSocketsIntegrationTests.HeaderSignIn.class})
class RacingDecisionsOverSocketsIntegrationTests {

    static final Map<String, CurrentUser> USERS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class HeaderSignIn {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityWebFilterChain headerSignIn(ServerHttpSecurity http) {
            WebFilter signIn = (exchange, chain) -> {
                CurrentUser user = USERS.get(String.valueOf(exchange.getRequest().getHeaders().getFirst("X-Test-User")));
                if (user == null) {
                    return chain.filter(exchange);
                }
                var token = new UsernamePasswordAuthenticationToken(user, null, List.of());
                return chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.withAuthentication(token));
            };
            return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
                    .csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .addFilterAt(signIn, SecurityWebFiltersOrder.AUTHENTICATION)
                    .authorizeExchange(a -> a.anyExchange().authenticated())
                    .build();
        }
    }

    @LocalServerPort int port;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;

    WebClient as(CurrentUser user) {
        USERS.put(user.userId(), user);
        return WebClient.builder().baseUrl("http://127.0.0.1:" + port).defaultHeader("X-Test-User", user.userId()).build();
    }

    @Test
    void twentyConcurrentStaffDecisionsOverHttpHaveExactlyOneWinner() {
        String providerInstitution = institutions.add("CN", VerificationStatus.VERIFIED);
        var listing = catalog.publish(providerInstitution, "CN", List.of(), List.of("DIABETES"), "DEVICE", List.of("REMOTE"));
        WebClient requester = as(Parties.user(institutions.add("UZ", VerificationStatus.VERIFIED), Role.REQUESTER));
        WebClient provider = as(Parties.user(providerInstitution, Role.PROVIDER));
        Map<?, ?> created = requester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("listingId", listing.id(), "intendedUse", "clinic", "readiness", List.of(),
                        "patientsPerYear", 10, "professionalsToTrain", 2, "preferredMode", "REMOTE", "timeline", "2026"))
                .retrieve().bodyToMono(Map.class).block();
        String id = created.get("id").toString();
        provider.post().uri("/api/transfers/{id}/accept", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("terms", "free", "trainingPlan", "online")).retrieve().toBodilessEntity().block();
        List<WebClient> staff = Flux.range(0, 20).map(i -> as(Parties.user(null, Role.STAFF))).collectList().block();

        List<Integer> statuses = Flux.range(0, 20)
                .flatMap(i -> staff.get(i).post().uri("/api/transfers/{id}/" + (i % 2 == 0 ? "approve" : "reject"), id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(i % 2 == 0 ? "comment" : "reason", "decision " + i))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 20)
                .collectList().block();

        assertThat(statuses).hasSize(20);
        assertThat(statuses).filteredOn(code -> code == 200).hasSize(1);
        assertThat(statuses).filteredOn(code -> code == 409).hasSize(19);
        Map<?, ?> after = staff.getFirst().get().uri("/api/transfers/{id}", id).retrieve().bodyToMono(Map.class).block();
        assertThat((List<?>) after.get("history")).hasSize(3);
    }
}
