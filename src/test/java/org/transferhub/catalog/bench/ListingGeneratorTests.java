package org.transferhub.catalog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ListingGeneratorTests {

    @Test
    void sameSeedAndIndexGiveTheSameLine() {
        assertThat(new ListingGenerator(7).line(42)).isEqualTo(new ListingGenerator(7).line(42));
        assertThat(new ListingGenerator(7).line(42)).isNotEqualTo(new ListingGenerator(8).line(42));
    }

    @Test
    void linesCoverEveryLanguageWithTheImportFields() {
        JsonMapper json = JsonMapper.builder().build();
        Set<Object> languages = new ListingGenerator(1).lines(500)
                .map(line -> json.readValue(line, Map.class))
                .peek(listing -> assertThat(listing).containsKeys("reference", "language", "title", "summary",
                        "description", "diseaseAreas", "technologyType", "trl", "transferModes", "keywords",
                        "providerName", "providerCountry"))
                .map(listing -> listing.get("language"))
                .collect(Collectors.toSet());
        assertThat(languages).containsExactlyInAnyOrder("zh", "ru", "en", "kk", "uz", "ky", "tg", "fa", "hi", "ur", "be");
    }

    @Test
    void templatesAreFilledAndSummariesFitTheLimit() {
        new ListingGenerator(3).lines(300).forEach(line -> {
            assertThat(line).doesNotContain("{tech}", "{disease}", "{n}", "{patients}", "{percent}", "{days}");
        });
        JsonMapper json = JsonMapper.builder().build();
        new ListingGenerator(3).lines(300).map(line -> json.readValue(line, Map.class))
                .forEach(listing -> assertThat(((String) listing.get("summary")).length()).isLessThanOrEqualTo(500));
    }
}
