package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.transferhub.account.CurrentUser;

@CatalogIntegrationTest
class CatalogReaderIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired CatalogReader reader;

    CatalogClient catalog;
    CurrentUser provider;
    CurrentUser staff;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        provider = catalog.providerOfNewInstitution();
        staff = catalog.staff();
    }

    @Test
    void derivedViewsSeeThePublishedContentNotThePendingRevision() {
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        String id = catalog.published(provider, staff, CatalogClient.content("Published text"));
        Map<String, Object> view = catalog.as(provider).get().uri("/api/listings/{id}", id).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
        catalog.edit(provider, id, ((Number) view.get("version")).longValue(), CatalogClient.content("Revised text"))
                .expectStatus().isOk();

        IndexableListing listing = reader.find(id).block();

        assertThat(listing.isPublished()).isTrue();
        assertThat(listing.original().title()).isEqualTo("Published text");
        assertThat(listing.language()).isEqualTo("zh");
        assertThat(listing.translations()).containsKey("ru");
        assertThat(listing.diseaseAreas()).containsExactly("DIABETES", "OBESITY");
        assertThat(listing.providerCountry()).isEqualTo("CN");
        assertThat(listing.targetCountries()).hasSize(10);
        assertThat(reader.changedSince(before).map(IndexableListing::id).collectList().block()).contains(id);
        assertThat(reader.all().filter(l -> l.id().equals(id)).count().block()).isEqualTo(1);
    }

    @Test
    void draftsAreReadableButNotPublished() {
        String id = catalog.createDraft(provider, "Draft");
        assertThat(reader.find(id).block().status()).isEqualTo("DRAFT");
        assertThat(reader.find("no-such-listing").blockOptional()).isEmpty();
    }
}
