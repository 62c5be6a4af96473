package org.transferhub.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * The API is a JSON API for our own single-page app: session cookie plus the cookie-to-header CSRF
 * token, no form login, no HTTP Basic (which would make browsers pop up a dialog), no saved requests.
 * Errors are problem JSON; security headers go on every response, errors included.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Self-hosted SPA and swagger-ui: scripts only from us; inline styles for swagger-ui and React. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    ServerSecurityContextRepository securityContextRepository() {
        return new WebSessionServerSecurityContextRepository();
    }

    @Bean
    CookieServerCsrfTokenRepository csrfTokenRepository() {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers problems,
            ServerSecurityContextRepository contexts, CookieServerCsrfTokenRepository csrfTokens,
            ObjectProvider<AccessRules> featureRules) {
        return http
                .securityContextRepository(contexts)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        // The SPA echoes the cookie value itself, so the token must not be XOR-masked.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(problems))
                .addFilterAfter(csrfCookieWriter(), SecurityWebFiltersOrder.CSRF)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        // Written only for https requests by Spring Security's HSTS writer.
                        .hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365)).includeSubdomains(true)))
                .authorizeExchange(exchanges -> {
                    exchanges
                            .pathMatchers("/api/auth/csrf").permitAll()
                            .pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/logout", "/api/auth/register").permitAll()
                            .pathMatchers(HttpMethod.GET, "/api/institutions", "/api/reference/**").permitAll()
                            .pathMatchers(HttpMethod.GET, "/api/listings/**", "/api/search/**", "/api/catalog/**",
                                    "/api/public/**").permitAll()
                            .pathMatchers("/api/staff/**").hasRole("STAFF")
                            // Bulk import and export of the catalog is staff work (issue 3), kept under
                            // /api/admin/listings because other tools script against that path.
                            .pathMatchers("/api/admin/listings/**").hasAnyRole("STAFF", "ADMIN")
                            .pathMatchers("/api/admin/**").hasRole("ADMIN");
                    featureRules.orderedStream().forEach(rules -> rules.configure(exchanges));
                    exchanges
                            .pathMatchers("/api/**").authenticated()
                            .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                    "/actuator/prometheus").permitAll()
                            .pathMatchers("/actuator/**").hasRole("ADMIN")
                            // The SPA, its assets, swagger-ui and the OpenAPI description.
                            .anyExchange().permitAll();
                })
                .build();
    }

    /** Subscribes to the deferred CSRF token so that the XSRF-TOKEN cookie is written when missing. */
    private static WebFilter csrfCookieWriter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
        };
    }
}
