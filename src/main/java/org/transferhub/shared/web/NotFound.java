package org.transferhub.shared.web;

/** Something does not exist, or the caller may not know that it exists (both answer 404). */
public class NotFound extends ApiException {

    public NotFound(String what, Object id) {
        super(ProblemType.NOT_FOUND, what + " " + id + " was not found");
    }
}
