package org.transferhub.catalog;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.transferhub.shared.web.ProblemWriter;

/**
 * Stand-ins until the platform branch is merged: an institution directory, and a security chain with
 * the platform's rules (GET of the catalog is public, staff paths need STAFF, the rest a session).
 */
@TestConfiguration(proxyBeanMethods = false)
class CatalogTestConfiguration {

    @Bean
    @Primary
    FakeInstitutions fakeInstitutions() {
        return new FakeInstitutions();
    }

    @Bean
    RecordingListener recordingListener() {
        return new RecordingListener();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain catalogTestSecurity(ServerHttpSecurity http, ProblemWriter problems) {
        return http
                .authorizeExchange(a -> a
                        .pathMatchers(HttpMethod.GET, "/api/listings/**", "/api/catalog/**").permitAll()
                        .pathMatchers("/api/staff/**", "/api/admin/**").hasAnyRole("STAFF", "ADMIN")
                        .anyExchange().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, error) -> problems.write(exchange, error))
                        .accessDeniedHandler((exchange, error) -> problems.write(exchange, error)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }
}
