package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.transferhub.catalog.bench.ListingGenerator;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;

/**
 * Catalog pages chosen by the search index are exactly the pages MongoDB would give: same listings,
 * same order (ties of a bulk import's equal publication time broken by id), same totals, for every
 * filter the index answers; and a filter it does not model exactly is left to MongoDB.
 */
@CatalogIntegrationTest
class CatalogPagesFromIndexIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired ListingBrowser browser;
    @Autowired PublishedListingIndex index;

    @Test
    void indexPagesEqualDatabasePages() {
        CatalogClient catalog = new CatalogClient(context);
        ListingGenerator generator = new ListingGenerator(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000));
        String body = String.join("\n", generator.lines(60).toList());
        Map<String, Object> report = catalog.as(catalog.staff()).post().uri("/api/staff/listings/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
        assertThat(report).containsEntry("failed", 0);

        List<ListingFilter> filters = List.of(ListingFilter.NONE,
                new ListingFilter(DiseaseArea.DIABETES, null, null, null, null, null, null),
                new ListingFilter(null, TechnologyType.MEDICAL_DEVICE, 5, 8, null, null, null),
                new ListingFilter(null, null, null, null, "KZ", TransferMode.TRAINING, null),
                new ListingFilter(null, null, 3, null, null, null, "ru"),
                new ListingFilter(DiseaseArea.OBESITY, null, null, null, "CN", null, "zh"));
        for (ListingFilter filter : filters) {
            for (int page : new int[] {0, 1, 3}) {
                assertThat(index.page(filter, page, 7)).as("the index answers for %s", filter).isPresent();
                assertThat(snapshot(browser.page(filter, page, 7))).as("%s page %d", filter, page)
                        .isEqualTo(snapshot(browser.fromDatabase(filter, page, 7)));
            }
            assertThat(index.allIds(filter)).as("the index answers the export of %s", filter).isPresent();
            assertThat(browser.all(filter).map(Listing::id).collectList().block()).as("export of %s", filter)
                    .isEqualTo(browser.allFromDatabase(filter).map(Listing::id).collectList().block());
        }
        assertThat(index.page(new ListingFilter(null, null, null, null, null, null, "zh-CN"), 0, 7)).isEmpty();
    }

    private static Snapshot snapshot(ListingBrowser.Page page) {
        return new Snapshot(page.items().map(Listing::id).collectList().block(), page.total().block());
    }

    record Snapshot(List<String> ids, Long total) {}
}
