package org.transferhub.catalog.content;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.transferhub.shared.web.InvalidRequest;
import org.transferhub.shared.web.InvalidRequest.FieldError;

/** Checks listing content the same way for the API and the import: bean constraints plus codes. */
@Component
public class ContentValidator {

    private final Validator validator;

    ContentValidator(Validator validator) {
        this.validator = validator;
    }

    /** Every problem with the content, field by field; empty when it is valid. */
    public List<FieldError> problems(ListingContent content) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ListingContent> v : validator.validate(content)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (content.language() != null && !content.language().isBlank() && !isLanguageTag(content.language())) {
            errors.add(new FieldError("language", "must be a BCP-47 language tag such as zh, ru or en"));
        }
        content.translations().keySet().stream().filter(tag -> !isLanguageTag(tag))
                .forEach(tag -> errors.add(new FieldError("translations", "'" + tag + "' is not a BCP-47 language tag")));
        content.trainingLanguages().stream().filter(tag -> tag != null && !isLanguageTag(tag))
                .forEach(tag -> errors.add(new FieldError("trainingLanguages", "'" + tag + "' is not a BCP-47 language tag")));
        content.targetCountries().stream().filter(c -> c != null && !Countries.isValid(c))
                .forEach(c -> errors.add(new FieldError("targetCountries", "'" + c + "' is not an ISO 3166-1 alpha-2 code")));
        if (content.ip() != null) {
            content.ip().regulatoryStatus().keySet().stream().filter(c -> !Countries.isValid(c))
                    .forEach(c -> errors.add(new FieldError("ip.regulatoryStatus", "'" + c + "' is not an ISO 3166-1 alpha-2 code")));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** Throws a 400 naming every rejected field. */
    public ListingContent requireValid(ListingContent content) {
        List<FieldError> errors = problems(content);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return content;
    }

    static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
