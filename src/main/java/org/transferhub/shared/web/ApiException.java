package org.transferhub.shared.web;

import java.util.Map;

/**
 * A domain fact that the API reports to the client, such as {@code ListingNotFound} or
 * {@code TransferAlreadyDecided}. Subclasses name the fact; the message is safe to show.
 */
public abstract class ApiException extends RuntimeException {

    private final ProblemType type;

    protected ApiException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** Extra members of the problem JSON (for example {@code retryAfterSeconds}). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
