package org.transferhub.savedsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.transferhub.account.Role;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.matching.MatchingTestConfiguration;
import org.transferhub.matching.MatchingTestConfiguration.FakeCatalog;
import org.transferhub.matching.MatchingTestConfiguration.ListingSpec;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

@IntegrationTest
@Import(MatchingTestConfiguration.class)
class SavedSearchIntegrationTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    FakeCatalog catalog;
    @Autowired
    List<ListingChangeListener> listeners;

    final List<ListingSpec> published = new ArrayList<>();

    @Test
    void aRussianSavedSearchIsAlertedOnceOfAFittingChineseListing() {
        Session user = accounts.signInAs(Role.REQUESTER);
        String searchId = (String) user.post("/api/saved-searches").bodyValue(Map.of("name", "DR screening",
                        "text", "фундус-камера для скрининга диабетической ретинопатии", "language", "ru", "diseaseArea", "DIABETES"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        ListingSpec fitting = ListingSpec.of(catalog.nextId(), "P-1", "zh", "糖尿病视网膜病变筛查",
                "使用眼底照相机开展糖尿病视网膜病变筛查。");
        ListingSpec unrelated = ListingSpec.of(catalog.nextId(), "P-1", "ru", "Гемодиализ", "Аппарат гемодиализа.");

        publish(fitting);
        publish(unrelated);
        publish(fitting.changed("PUBLISHED", "糖尿病视网膜病变筛查", List.of("DIABETES")));

        user.get("/api/saved-searches/alerts").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.searchId == '" + searchId + "')].listingId").isEqualTo(List.of(fitting.id()));
        accounts.signInAs(Role.PROVIDER).get("/api/saved-searches/alerts").exchange().expectBody().jsonPath("$").isEmpty();
    }

    @Test
    void savedSearchesAreValidatedAndOnlyTheirOwnerDeletesThem() {
        Session user = accounts.signInAs(Role.PROVIDER);
        user.post("/api/saved-searches").bodyValue(Map.of("name", "x", "text", "insulin", "language", "en",
                "diseaseArea", "FLU")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("diseaseArea");
        String id = (String) user.post("/api/saved-searches").bodyValue(Map.of("name", "pumps", "text", "insulin pump",
                "language", "en")).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id");

        accounts.signInAs(Role.PROVIDER).delete("/api/saved-searches/{id}", id).exchange().expectStatus().isNotFound();
        user.get("/api/saved-searches").exchange().expectBody().jsonPath("$[0].id").isEqualTo(id);
        user.delete("/api/saved-searches/{id}", id).exchange().expectStatus().isNoContent();
        user.get("/api/saved-searches").exchange().expectBody().jsonPath("$").isEmpty();
    }

    @AfterEach
    void archiveWhatThisTestPublished() {
        published.forEach(spec -> notify(catalog.put(spec.changed("ARCHIVED", spec.title(), spec.diseaseAreas()).build())));
        published.clear();
    }

    private void publish(ListingSpec spec) {
        published.add(spec);
        notify(catalog.put(spec.build()));
    }

    private void notify(IndexableListing listing) {
        listeners.forEach(listener -> listener.listingsChanged(List.of(listing.id())).block());
    }
}
