package org.transferhub.catalog.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a provider writes about a technology, in its original language. A value: an edit makes
 * a new one. The same rules hold for the API and the bulk import ({@link ContentValidator}). Text is
 * kept as written (HTML included): the API returns it as JSON text and nothing renders it server-side.
 */
public record ListingContent(
        @NotBlank @Size(max = 35) String language,
        @NotBlank @Size(max = TITLE_MAX) String title,
        @NotBlank @Size(max = SUMMARY_MAX) String summary,
        @NotBlank @Size(max = DESCRIPTION_MAX) String description,
        @Size(max = 30) List<@NotBlank @Size(max = 80) String> keywords,
        @Size(max = 20) Map<String, @Valid @NotNull Translation> translations,
        @NotEmpty @Size(max = 10) List<@NotNull DiseaseArea> diseaseAreas,
        @NotNull TechnologyType technologyType,
        @NotNull @Min(1) @Max(9) Integer trl,
        @NotEmpty @Size(max = 6) List<@NotNull TransferMode> transferModes,
        @Valid ClinicalTechnique clinical,
        @Valid SiteRequirements requirements,
        @Valid TransferPackage transferIncludes,
        @Valid IntellectualProperty ip,
        @Valid Contact contact,
        @Size(max = 60) List<@NotBlank String> targetCountries,
        @Size(max = 30) List<@NotBlank String> trainingLanguages) {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 20_000;

    public ListingContent {
        keywords = copy(keywords);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        diseaseAreas = copy(diseaseAreas);
        transferModes = copy(transferModes);
        targetCountries = targetCountries == null || targetCountries.isEmpty()
                ? Countries.SCO_MEMBER_STATES
                : targetCountries.stream().map(c -> c == null ? null : c.toUpperCase(java.util.Locale.ROOT)).toList();
        trainingLanguages = copy(trainingLanguages);
    }

    /** The same content with every translation marked as the provider's own. */
    public ListingContent asProvided() {
        Map<String, Translation> provided = new java.util.LinkedHashMap<>();
        translations.forEach((lang, t) -> provided.put(lang, t.asProvided()));
        return new ListingContent(language, title, summary, description, keywords, provided, diseaseAreas,
                technologyType, trl, transferModes, clinical, requirements, transferIncludes, ip, contact,
                targetCountries, trainingLanguages);
    }

    /**
     * As {@link #asProvided()}, except that a translation whose text is exactly what Center staff
     * reviewed in {@code current} keeps its review: a provider who saves the listing without touching
     * a reviewed translation does not undo the review, and cannot forge one either.
     */
    public ListingContent asProvidedKeepingReviewsOf(ListingContent current) {
        Map<String, Translation> provided = new java.util.LinkedHashMap<>();
        translations.forEach((lang, t) -> {
            Translation before = current == null ? null : current.translations().get(lang);
            boolean reviewedAsIs = before != null && before.source() == Translation.Source.STAFF_REVIEWED && before.sameText(t);
            provided.put(lang, reviewedAsIs ? before : t.asProvided());
        });
        return new ListingContent(language, title, summary, description, keywords, provided, diseaseAreas,
                technologyType, trl, transferModes, clinical, requirements, transferIncludes, ip, contact,
                targetCountries, trainingLanguages);
    }

    /** The same content with other translations (the original is untouched). */
    public ListingContent withTranslations(Map<String, Translation> newTranslations) {
        return new ListingContent(language, title, summary, description, keywords, newTranslations, diseaseAreas,
                technologyType, trl, transferModes, clinical, requirements, transferIncludes, ip, contact,
                targetCountries, trainingLanguages);
    }

    /** The same content without the contact person, for anonymous readers. */
    public ListingContent withoutContact() {
        return new ListingContent(language, title, summary, description, keywords, translations, diseaseAreas,
                technologyType, trl, transferModes, clinical, requirements, transferIncludes, ip, null,
                targetCountries, trainingLanguages);
    }

    /** Names of the fields that differ from {@code other}, in declaration order (for the history). */
    public List<String> changedFields(ListingContent other) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : ListingContent.class.getRecordComponents()) {
            try {
                Object mine = component.getAccessor().invoke(this);
                Object theirs = other == null ? null : component.getAccessor().invoke(other);
                if (!Objects.equals(mine, theirs)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }
}
