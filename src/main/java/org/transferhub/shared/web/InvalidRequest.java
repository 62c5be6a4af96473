package org.transferhub.shared.web;

import java.util.List;
import java.util.Map;

/** Input that passed binding but breaks a rule the service checks itself; names the fields. */
public class InvalidRequest extends ApiException {

    private final List<FieldError> fieldErrors;

    public InvalidRequest(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidRequest(List<FieldError> fieldErrors) {
        super(ProblemType.VALIDATION, "The request is invalid: " + fieldErrors.size() + " field(s) rejected");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("fieldErrors", fieldErrors);
    }

    /** One rejected field, as listed in the {@code fieldErrors} member of a validation problem. */
    public record FieldError(String field, String message) {}
}
