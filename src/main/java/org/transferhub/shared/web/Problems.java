package org.transferhub.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place that turns any failure into an RFC 9457 problem: controller advice, the web
 * exception handler and the security handlers all come here, so every error looks the same and
 * none leaks an internal message or a stack trace.
 */
public final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final int OVERLOAD_RETRY_AFTER_SECONDS = 1;

    private Problems() {}

    /** A problem ready to be written: the JSON members and any headers (Allow, Retry-After). */
    public record Problem(HttpStatusCode status, Map<String, Object> body, HttpHeaders headers) {}

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, Map.of());
    }

    public static Problem of(ProblemType type, String detail, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        if (detail != null) {
            body.put("detail", detail);
        }
        body.putAll(properties);
        return new Problem(type.status(), body, new HttpHeaders());
    }

    public static Problem from(Throwable error, URI instance) {
        Problem problem = from(error);
        if (instance != null) {
            problem.body().put("instance", instance.getPath());
        }
        return problem;
    }

    public static Problem from(Throwable error) {
        return switch (error) {
            case ApiException e -> {
                Problem p = of(e.type(), e.getMessage(), e.properties());
                if (e.properties().get("retryAfterSeconds") instanceof Number seconds) {
                    p.headers().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
                }
                yield p;
            }
            case WebExchangeBindException e -> validation(e.getFieldErrors().stream()
                    .map(f -> new InvalidRequest.FieldError(f.getField(), message(f))).toList());
            case HandlerMethodValidationException e -> validation(e.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(err -> new InvalidRequest.FieldError(
                            r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                    .toList());
            case ServerWebInputException e -> input(e);
            case MethodNotAllowedException e -> {
                Problem p = of(ProblemType.METHOD_NOT_ALLOWED, "Method " + e.getHttpMethod() + " is not supported here");
                p.headers().setAllow(e.getSupportedMethods());
                yield p;
            }
            case ResponseStatusException e -> byStatus(e.getStatusCode());
            case DataBufferLimitException e -> of(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit");
            case OptimisticLockingFailureException e -> of(ProblemType.STALE_VERSION,
                    "This was changed by someone else since you loaded it; reload and apply your change again");
            case DuplicateKeyException e -> of(ProblemType.DUPLICATE, "A record with the same unique value already exists");
            case AuthenticationException e -> of(ProblemType.UNAUTHENTICATED, "Sign in to continue");
            // The database did not answer in time (overload, failover, restart): nothing was done that
            // the client can rely on, so say "try again shortly" rather than report a bug.
            case DataAccessResourceFailureException e -> {
                log.warn("Database unavailable: {}", e.getMessage());
                yield unavailable("The database is busy or unreachable; try again in a few seconds",
                        DATABASE_RETRY_AFTER_SECONDS);
            }
            // A bounded worker pool (the search threads) whose queue is full: the node is overloaded
            // for a moment, not broken.
            case RejectedExecutionException e -> {
                log.warn("Work queue full: {}", e.getMessage());
                yield unavailable("The server is busy; try again in a moment", OVERLOAD_RETRY_AFTER_SECONDS);
            }
            case AccessDeniedException e -> of(ProblemType.FORBIDDEN, "You are not allowed to do this");
            default -> {
                log.error("Unhandled error", error);
                yield of(ProblemType.INTERNAL, "An unexpected error occurred; it has been logged");
            }
        };
    }

    private static Problem unavailable(String detail, int retryAfterSeconds) {
        Problem p = of(ProblemType.UNAVAILABLE, detail);
        p.headers().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return p;
    }

    private static Problem validation(List<InvalidRequest.FieldError> fieldErrors) {
        return of(ProblemType.VALIDATION, "The request is invalid: " + fieldErrors.size() + " field(s) rejected",
                Map.of("fieldErrors", fieldErrors));
    }

    private static Problem input(ServerWebInputException e) {
        Throwable cause = rootCause(e);
        if (cause instanceof DataBufferLimitException) {
            return of(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit");
        }
        if (e.getCause() instanceof DecodingException || e.getMethodParameter() == null && e.getCause() != null) {
            return of(ProblemType.MALFORMED_BODY, "The request body is not valid JSON of the expected shape");
        }
        if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null) {
            String name = e.getMethodParameter().getParameterName();
            return validation(List.of(new InvalidRequest.FieldError(name, "missing or of the wrong type")));
        }
        return of(ProblemType.MALFORMED_BODY, "The request cannot be read");
    }

    private static Problem byStatus(HttpStatusCode status) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status().value() == status.value()) {
                return of(type, null);
            }
        }
        HttpStatus resolved = HttpStatus.resolve(status.value());
        return status.is5xxServerError() || resolved == null
                ? of(ProblemType.INTERNAL, null)
                : of(ProblemType.BAD_REQUEST, resolved.getReasonPhrase());
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
