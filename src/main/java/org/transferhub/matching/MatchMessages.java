package org.transferhub.matching;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The English message of an explanation item, from its code and parameters alone. The one place
 * these sentences are written: the scorer uses it, and a stored match, which keeps only the code and
 * the parameters (a fifth of its size was these sentences, written 200,000 times by a full recompute),
 * gets its messages back from it when read.
 */
final class MatchMessages {

    private MatchMessages() {}

    static String english(String code, Map<String, Object> params) {
        return switch (code) {
            case "TEXT_RELEVANT" -> "The listing describes what the need asks for (" + text(params, "relevance") + "% relevance)";
            case "TEXT_WEAKLY_RELATED" -> "The listing's text says little about the need's problem";
            case "DISEASE_AREA_MATCH" -> "Addresses " + text(params, "areas");
            case "DISEASE_AREA_MISMATCH" -> "Addresses " + text(params, "offered") + ", not " + text(params, "wanted");
            case "TECHNOLOGY_TYPE_MATCH" -> "Is the kind of technology wanted: " + text(params, "type");
            case "TECHNOLOGY_TYPE_MISMATCH" -> "Is a " + text(params, "offered") + ", the need asks for " + text(params, "wanted");
            case "REQUIREMENTS_MET" -> "The site already has " + text(params, "items");
            case "REQUIREMENT_MISSING" -> "Requires " + text(params, "item") + " — the site does not list it";
            case "TRL_MEETS_MINIMUM" -> "Readiness level " + text(params, "trl") + " meets the minimum " + text(params, "minimum");
            case "TRL_BELOW_MINIMUM" -> "Readiness level " + text(params, "trl") + " is below the minimum " + text(params, "minimum");
            case "TRANSFER_MODE_MATCH" -> "Offers " + text(params, "modes");
            case "TRANSFER_MODE_MISMATCH" -> "Offered only as " + text(params, "offered");
            case "OFF_TOPIC" -> "Neither the disease area nor the text matches the need; score halved";
            case "TRAINING_LANGUAGES_UNKNOWN" -> "The listing does not say in which languages training is given";
            case "TRAINING_LANGUAGE_MISMATCH" -> "Training materials only in " + text(params, "available");
            case "TRAINING_LANGUAGE_MATCH" -> "Training available in " + text(params, "languages");
            case "COUNTRY_TARGETED" -> "The provider offers it in " + text(params, "country");
            case "COUNTRY_NOT_TARGETED" -> "The provider does not offer it in " + text(params, "country");
            case "REGISTERED_IN_COUNTRY" -> "Registered in " + text(params, "country");
            case "REGISTRATION_NOT_REQUIRED" -> "No registration needed in " + text(params, "country");
            case "REGISTRATION_PENDING" -> "Registration in " + text(params, "country") + " is pending";
            case "NOT_REGISTERED_IN_COUNTRY" -> "Not registered in " + text(params, "country");
            case "REGULATORY_STATUS_UNKNOWN" -> "Regulatory status in " + text(params, "country") + " is unknown";
            default -> code;
        };
    }

    /** A parameter as the sentence shows it: a list joined by ", ", anything else as its string. */
    private static String text(Map<String, Object> params, String name) {
        Object value = params == null ? null : params.get(name);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
