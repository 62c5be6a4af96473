package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.transferhub.account.CurrentUser;

@CatalogIntegrationTest
class ListingExpiryIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired ReactiveMongoTemplate mongo;
    @Autowired ListingExpiry expiry;
    @Autowired RecordingListener listener;

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
    void listingNotRenewedForTwelveMonthsExpiresAndLeavesTheCatalog() {
        String id = catalog.published(provider, staff, CatalogClient.content("Old technology"));
        publishedAgo(id, 400);
        listener.forget(id);

        ListingExpiry.Result result = expiry.run(Instant.now()).block();

        assertThat(result.expired()).contains(id);
        assertThat(listener.wasToldAbout(id)).isTrue();
        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isNotFound();
        catalog.as(provider).get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("EXPIRED");
        catalog.as(provider).get().uri("/api/listings/{id}/history", id).exchange()
                .expectBody().jsonPath("$[-1:].action").isEqualTo("EXPIRED");

        assertThat(expiry.run(Instant.now()).block().expired()).doesNotContain(id);

        catalog.post(provider, "/api/listings/" + id + "/renew").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void providerIsRemindedOnceBeforeExpiry() {
        String id = catalog.published(provider, staff, CatalogClient.content("Soon expiring"));
        publishedAgo(id, 350);

        assertThat(expiry.run(Instant.now()).block().reminded()).contains(id);
        assertThat(expiry.run(Instant.now()).block().reminded()).doesNotContain(id);

        catalog.as(provider).get().uri("/api/my/listings/reminders").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].listingId").isEqualTo(id)
                .jsonPath("$[0].kind").isEqualTo("EXPIRY_REMINDER");
        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    void renewedListingDoesNotExpire() {
        String id = catalog.published(provider, staff, CatalogClient.content("Renewed"));
        publishedAgo(id, 400);
        catalog.post(provider, "/api/listings/" + id + "/renew").expectStatus().isOk();

        assertThat(expiry.run(Instant.now()).block().expired()).doesNotContain(id);
    }

    void publishedAgo(String id, int days) {
        Instant then = Instant.now().minus(days, ChronoUnit.DAYS);
        mongo.updateFirst(Query.query(where("_id").is(id)),
                new Update().set("publishedAt", then).set("lastRenewedAt", then), Listing.class).block();
    }
}
