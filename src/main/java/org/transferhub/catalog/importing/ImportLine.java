package org.transferhub.catalog.importing;

import java.util.List;
import java.util.Map;
import org.transferhub.catalog.content.SiteRequirements;
import org.transferhub.catalog.content.Translation;

/**
 * One listing as an import file states it (NDJSON object or CSV row). Codes are strings here so that
 * a wrong code is reported by name for its line. Fields beyond these are ignored, so that exports of
 * other tools can be imported as they are. {@code requirements} (what a receiving site needs: equipment,
 * staff and skills, infrastructure, patients per year) exists in NDJSON only: it is an object.
 */
record ImportLine(String reference, String language, String title, String summary, String description,
        List<String> diseaseAreas, String technologyType, Integer trl, List<String> transferModes,
        List<String> keywords, String providerName, String providerCountry, List<String> targetCountries,
        List<String> trainingLanguages, Map<String, Translation> translations, SiteRequirements requirements) {

    static final List<String> CSV_COLUMNS = List.of("reference", "language", "title", "summary", "description",
            "diseaseAreas", "technologyType", "trl", "transferModes", "keywords", "providerName", "providerCountry",
            "targetCountries", "trainingLanguages");
}
