package org.transferhub.catalog.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.transferhub.catalog.content.ContentValidator;
import org.transferhub.catalog.content.Countries;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.ListingContent;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;
import org.transferhub.shared.web.InvalidRequest.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks single import lines; every problem becomes a message for that line, never an exception. */
final class ImportLines {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    private final ObjectReader reader;
    private final ContentValidator validator;

    ImportLines(JsonMapper mapper, ContentValidator validator) {
        // Unknown fields are ignored on import (files from other tools carry extra columns).
        this.reader = mapper.readerFor(ImportLine.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    /** A line read and checked: either {@code line} with its content, or an error message. */
    record Checked(int number, String reference, ImportLine line, ListingContent content, String country, String error) {

        static Checked failed(int number, String reference, String error) {
            return new Checked(number, reference, null, null, null, error);
        }
    }

    Checked json(RawLine raw) {
        if (raw.tooLong()) {
            return Checked.failed(raw.number(), null, "the line is longer than the limit");
        }
        ImportLine line;
        try {
            line = reader.readValue(raw.text());
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(JacksonException.Reference::getPropertyName)
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining("."));
            return Checked.failed(raw.number(), null, field.isEmpty()
                    ? "is not a JSON object of the expected shape" : field + ": has the wrong type");
        } catch (JacksonException e) {
            return Checked.failed(raw.number(), null, "is not valid JSON");
        }
        if (line == null) {
            return Checked.failed(raw.number(), null, "is not a JSON object");
        }
        return check(raw.number(), line);
    }

    Checked check(int number, ImportLine line) {
        List<FieldError> errors = new ArrayList<>();
        if (line.reference() == null || !REFERENCE.matcher(line.reference()).matches()) {
            errors.add(new FieldError("reference", "is required: up to 40 letters, digits and . _ / -"));
        }
        if (line.providerName() == null || line.providerName().isBlank() || line.providerName().length() > 300) {
            errors.add(new FieldError("providerName", "is required (up to 300 characters)"));
        }
        String country = line.providerCountry() == null ? null : line.providerCountry().trim().toUpperCase(Locale.ROOT);
        if (!Countries.isValid(country)) {
            errors.add(new FieldError("providerCountry", "must be an ISO 3166-1 alpha-2 code such as CN"));
        }
        List<DiseaseArea> areas = codes(line.diseaseAreas(), DiseaseArea::valueOf, "diseaseAreas", errors);
        List<TransferMode> modes = codes(line.transferModes(), TransferMode::valueOf, "transferModes", errors);
        List<TechnologyType> type = codes(line.technologyType() == null ? null : List.of(line.technologyType()),
                TechnologyType::valueOf, "technologyType", errors);
        ListingContent content = new ListingContent(line.language(), line.title(), line.summary(), line.description(),
                line.keywords(), line.translations(), areas, type.isEmpty() ? null : type.get(0), line.trl(), modes,
                null, line.requirements(), null, null, null, line.targetCountries(), line.trainingLanguages());
        errors.addAll(validator.problems(content));
        if (!errors.isEmpty()) {
            String message = errors.stream().map(e -> e.field() + ": " + e.message()).distinct()
                    .collect(Collectors.joining("; "));
            return Checked.failed(number, line.reference(), message);
        }
        return new Checked(number, line.reference(), line, content, country, null);
    }

    private static <T> List<T> codes(List<String> values, Function<String, T> parse, String field, List<FieldError> errors) {
        List<T> result = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                result.add(parse.apply(value == null ? "" : value.trim()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "'" + value + "' is not a known code"));
            }
        }
        return result;
    }
}
