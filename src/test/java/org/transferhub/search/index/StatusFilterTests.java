package org.transferhub.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferhub.search.SearchTestKit.listing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.search.SearchRequest;
import org.transferhub.search.SearchResult;
import org.transferhub.search.SearchTestKit;

/** Public search, similar listings and match candidates see PUBLISHED listings only, whichever form the filter takes. */
class StatusFilterTests {

    @TempDir
    Path dir;

    @Test
    void mostlyPublishedCatalogExcludesTheOthersAndStaffStillFindsThem() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            List<IndexableListing> listings = pumps("pub-", "PUBLISHED", 6);
            listings.add(pump("draft", "DRAFT"));
            listings.add(pump("gone", "ARCHIVED"));
            kit.publish(listings);

            assertThat(ids(kit, List.of("PUBLISHED"))).hasSize(6).allMatch(id -> id.startsWith("pub-"));
            assertThat(ids(kit, List.of("DRAFT", "ARCHIVED"))).containsExactlyInAnyOrder("draft", "gone");
            assertThat(kit.textRelevance().search("insulin pump therapy", "en", 50).keySet())
                    .hasSize(6).allMatch(id -> id.startsWith("pub-"));
            assertThat(kit.engine.similar("pub-0", "en", 20).orElseThrow()).extracting(SearchResult.Hit::id)
                    .allMatch(id -> id.startsWith("pub-"));
        }
    }

    @Test
    void mostlyUnpublishedCatalogStillShowsOnlyThePublished() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            List<IndexableListing> listings = pumps("draft-", "DRAFT", 6);
            listings.add(pump("pub", "PUBLISHED"));
            kit.publish(listings);

            assertThat(ids(kit, List.of("PUBLISHED"))).containsExactly("pub");
            assertThat(kit.textRelevance().search("insulin pump therapy", "en", 50).keySet()).containsExactly("pub");
        }
    }

    private static List<String> ids(SearchTestKit kit, List<String> statuses) {
        SearchRequest request = new SearchRequest("insulin pump", "en", 0, 50, List.of(), List.of(), null, null, List.of(),
                List.of(), List.of(), SearchRequest.Sort.RELEVANCE, statuses);
        return kit.engine.search(request).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static List<IndexableListing> pumps(String idPrefix, String status, int count) {
        List<IndexableListing> listings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            listings.add(pump(idPrefix + i, status));
        }
        return listings;
    }

    private static IndexableListing pump(String id, String status) {
        IndexableListing l = listing(id, "en", "Insulin pump programme " + id, "Closed-loop insulin pump therapy", "");
        return new IndexableListing(l.id(), l.reference(), status, l.language(), l.original(), Map.of(), l.diseaseAreas(),
                l.technologyType(), l.trl(), l.transferModes(), l.providerInstitutionId(), l.providerName(),
                l.providerNameLatin(), l.providerCountry(), l.targetCountries(), l.trainingLanguages(), l.regulatoryStatus(),
                l.requirements(), l.publishedAt(), l.updatedAt(), l.version());
    }
}
