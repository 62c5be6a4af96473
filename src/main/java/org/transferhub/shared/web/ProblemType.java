package org.transferhub.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API answers with. The {@code type} URIs are part of the API contract:
 * clients branch on them, so never rename one. {@code docs/api-errors.md} describes each.
 */
public enum ProblemType {
    /** A field or parameter failed validation; {@code fieldErrors} names each. */
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "The request is invalid"),
    /** The body is not well-formed JSON or has values of the wrong type. */
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "The request body cannot be read"),
    /** A query or parameter is well-formed but not acceptable (for example a search query too long). */
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "The request cannot be processed"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication is required"),
    BAD_CREDENTIALS("bad-credentials", HttpStatus.UNAUTHORIZED, "Username or password is wrong"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "You are not allowed to do this"),
    CSRF("csrf", HttpStatus.FORBIDDEN, "The CSRF token is missing or wrong"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    /** The action does not fit the current state of the resource (for example approving twice). */
    CONFLICT("conflict", HttpStatus.CONFLICT, "The request conflicts with the current state"),
    /** An edit was based on an old version; reload and apply it again. */
    STALE_VERSION("stale-version", HttpStatus.CONFLICT, "Someone else changed this in the meantime"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "It already exists"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");

    private static final String BASE = "urn:transferhub:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
