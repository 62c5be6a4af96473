package org.transferhub.matching;

import java.util.Map;

/**
 * One reason that raised a match or one gap that lowered it: a stable {@code code} with its
 * {@code params} for the UI to localise, and an English {@code message} for everyone else.
 * Example: {@code {"code":"REQUIREMENT_MISSING","params":{"item":"retinal camera"}}}.
 */
public record MatchItem(String code, Map<String, Object> params, String message) {

    public MatchItem {
        params = params == null ? Map.of() : Map.copyOf(params);
        if (message == null) {
            message = MatchMessages.english(code, params); // stored matches keep code and params only
        }
    }

    /** What a stored match keeps of the item: the message follows from these two. */
    Map<String, Object> stored() {
        return Map.of("code", code, "params", params);
    }
}
