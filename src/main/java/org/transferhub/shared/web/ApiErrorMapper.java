package org.transferhub.shared.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The API's one error mapper for exceptions raised in controllers: all bodies come from {@link Problems}. */
@RestControllerAdvice
class ApiErrorMapper extends ResponseEntityExceptionHandler {

    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<Object>> handleAny(Exception ex, ServerWebExchange exchange) {
        return Mono.just(toResponse(Problems.from(ex, exchange.getRequest().getURI())));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Problems.Problem problem = Problems.from(ex, exchange.getRequest().getURI());
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (problem.headers().get(name) == null) {
                    problem.headers().addAll(name, values);
                }
            });
        }
        return Mono.just(toResponse(problem));
    }

    private static ResponseEntity<Object> toResponse(Problems.Problem problem) {
        return ResponseEntity.status(problem.status())
                .headers(problem.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }
}
