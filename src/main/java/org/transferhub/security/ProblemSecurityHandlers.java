package org.transferhub.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.transferhub.shared.web.ProblemType;
import org.transferhub.shared.web.ProblemWriter;
import org.transferhub.shared.web.Problems;
import reactor.core.publisher.Mono;

/**
 * Errors raised inside the security filters never reach the controller advice: these write the same
 * problem JSON (401 without a WWW-Authenticate challenge, so browsers show no login popup; 403).
 */
@Component
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemSecurityHandlers(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        return writer.write(exchange, withInstance(Problems.of(ProblemType.UNAUTHENTICATED, "Sign in to continue"), exchange));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        Problems.Problem problem = denied instanceof CsrfException
                ? Problems.of(ProblemType.CSRF, "Fetch GET /api/auth/csrf and send the token in the X-XSRF-TOKEN header")
                : Problems.of(ProblemType.FORBIDDEN, "You are not allowed to do this");
        return writer.write(exchange, withInstance(problem, exchange));
    }

    private static Problems.Problem withInstance(Problems.Problem problem, ServerWebExchange exchange) {
        problem.body().put("instance", exchange.getRequest().getURI().getPath());
        return problem;
    }
}
