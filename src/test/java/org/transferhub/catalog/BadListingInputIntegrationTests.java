package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;

/** Bad input gets a clear problem JSON and leaves nothing behind. */
@CatalogIntegrationTest
class BadListingInputIntegrationTests {

    @Autowired ApplicationContext context;

    CatalogClient catalog;
    CurrentUser provider;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        provider = catalog.providerOfNewInstitution();
    }

    @Test
    void unknownFieldIsRejected() {
        create(body -> body.put("status", "PUBLISHED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:malformed-body");
        assertNothingCreated();
    }

    @Test
    void wrongTypeIsRejected() {
        create(body -> body.put("trl", "very high")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        create(body -> body.put("keywords", "not a list")).expectStatus().isBadRequest();
        assertNothingCreated();
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        create(body -> {
            body.remove("title");
            body.remove("diseaseAreas");
        }).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:validation")
                .jsonPath("$.fieldErrors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("title", "diseaseAreas"));
        assertNothingCreated();
    }

    @Test
    void overLongTextAndTrlTwelveAreRejected() {
        create(body -> body.put("summary", "s".repeat(501))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("summary");
        create(body -> body.put("trl", 12)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("trl");
        assertNothingCreated();
    }

    @Test
    void invalidCodesAreRejected() {
        create(body -> body.put("diseaseAreas", List.of("GOUT"))).expectStatus().isBadRequest();
        create(body -> body.put("technologyType", "MAGIC")).expectStatus().isBadRequest();
        create(body -> body.put("targetCountries", List.of("KZ", "XX"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("targetCountries");
        create(body -> body.put("language", "not a tag!")).expectStatus().isBadRequest();
        assertNothingCreated();
    }

    @Test
    void htmlInTheDescriptionIsKeptAsPlainText() {
        String html = "<script>alert('x')</script><b>bold</b>";
        String id = (String) catalog.create(provider, with(body -> body.put("description", html))).get("id");
        catalog.as(provider).get().uri("/api/listings/{id}", id).exchange()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.description").isEqualTo(html);
    }

    @Test
    void defaultsTargetCountriesToTheScoMemberStates() {
        catalog.as(provider).post().uri("/api/listings").bodyValue(CatalogClient.content("Defaults")).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.targetCountries.length()").isEqualTo(10)
                .jsonPath("$.translations.ru.source").isEqualTo("PROVIDER");
    }

    @Test
    void providersCannotClaimAStaffReviewedTranslation() {
        catalog.as(provider).post().uri("/api/listings").bodyValue(with(body -> body.put("translations",
                        Map.of("en", Map.of("title", "Title", "source", "STAFF_REVIEWED")))))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.translations.en.source").isEqualTo("PROVIDER");
    }

    @Test
    void badBrowsingParametersAreRejected() {
        for (String query : List.of("size=1000", "page=-1", "trlMin=0", "trlMax=12", "diseaseArea=GOUT", "country=ZZ", "type=x")) {
            catalog.anonymous().get().uri("/api/listings?" + query).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    WebTestClient.ResponseSpec create(Consumer<Map<String, Object>> change) {
        return catalog.as(provider).post().uri("/api/listings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(with(change)).exchange();
    }

    static Map<String, Object> with(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = CatalogClient.content("Bad input");
        change.accept(body);
        return body;
    }

    void assertNothingCreated() {
        catalog.as(provider).get().uri("/api/my/listings").exchange().expectBody().jsonPath("$.length()").isEqualTo(0);
    }
}
