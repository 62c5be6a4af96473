package org.transferhub.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Client-side routing: a GET for an app path such as {@code /login} or {@code /staff/institutions}
 * (no file extension, not the API, actuator or API docs) serves {@code index.html}, so that reloads
 * and bookmarks work. Runs after the security filters, which therefore see the original path.
 * Unknown {@code /api/**} paths are untouched and end as 404 problem JSON.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class SpaFallbackFilter implements WebFilter {

    private static final String[] SERVER_PREFIXES = {"/api/", "/actuator", "/v3/", "/swagger-ui", "/webjars/"};

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isAppRoute(exchange)) {
            return chain.filter(exchange.mutate().request(r -> r.path("/index.html")).build());
        }
        return chain.filter(exchange);
    }

    private static boolean isAppRoute(ServerWebExchange exchange) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET) {
            return false;
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/") || path.equals("/api")) {
            return false;
        }
        for (String prefix : SERVER_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
