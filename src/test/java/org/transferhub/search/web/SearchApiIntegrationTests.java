package org.transferhub.search.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockUser;
import static org.transferhub.search.SearchTestKit.listing;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.search.SearchTestKit.FakeCatalog;
import org.transferhub.testing.IntegrationTest;

@IntegrationTest
@Import(SearchApiIntegrationTests.Catalog.class)
class SearchApiIntegrationTests {

    @TestConfiguration
    static class Catalog {
        @Bean
        @Primary
        FakeCatalog fakeCatalog() {
            return new FakeCatalog();
        }
    }

    @Autowired
    FakeCatalog catalog;
    @Autowired
    List<ListingChangeListener> listeners;

    @BeforeEach
    void publish() {
        List<IndexableListing> listings = List.of(
                listing("api-zh-cgm", "zh", "持续葡萄糖监测系统", "用于糖尿病患者的动态血糖监测 <script>alert(1)</script>", "", "DIABETES"),
                listing("api-ru-foot", "ru", "Профилактика синдрома диабетической стопы", "Скрининг и разгрузочная обувь", "", "DIABETES"));
        listings.forEach(catalog::save);
        listeners.forEach(l -> l.listingsChanged(listings.stream().map(IndexableListing::id).toList()).block());
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Bound to the application (not the port) so it works whichever security configuration is present. */
    private WebTestClient client() {
        return WebTestClient.bindToApplicationContext(context)
                .apply(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity())
                .configureClient().build().mutateWith(mockUser());
    }

    @Test
    void answersWithTheDocumentedFields() {
        client().get().uri(u -> u.path("/api/search").queryParam("q", "непрерывный мониторинг глюкозы").queryParam("lang", "ru").build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isNumber()
                .jsonPath("$.tookMs").isNumber()
                .jsonPath("$.queryLanguages[0]").isEqualTo("ru")
                .jsonPath("$.concepts[0].code").isEqualTo("TH:CONTINUOUS_GLUCOSE_MONITORING")
                .jsonPath("$.hits[0].id").isEqualTo("api-zh-cgm")
                .jsonPath("$.hits[0].matchedConcepts[0].code").isEqualTo("TH:CONTINUOUS_GLUCOSE_MONITORING")
                .jsonPath("$.facets.diseaseArea.DIABETES").isNumber()
                .jsonPath("$.facets.language").exists();
    }

    @Test
    void highlightsEscapeListingHtml() {
        client().get().uri(u -> u.path("/api/search").queryParam("q", "血糖监测").build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.hits[0].summary").isEqualTo("用于糖尿病患者的动态血糖监测 <script>alert(1)</script>") // plain text
                .jsonPath("$.hits[0].highlights.summary").value(snippet -> org.assertj.core.api.Assertions.assertThat((String) snippet)
                        .contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script>"));
    }

    @Test
    void rejectsOversizedPagesAndUnknownSort() {
        client().get().uri("/api/search?q=x&size=101").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client().get().uri("/api/search?q=x&sort=random").exchange().expectStatus().isBadRequest();
        client().get().uri("/api/search?q=x&page=abc").exchange().expectStatus().isBadRequest();
    }

    @Test
    void nastyInputsNeverFailTheServer() {
        List<String> nasty = List.of("\"unbalanced quote", "(".repeat(5000), "((((((((((((((x))))))))))))))", "a\u0000b\u0007c",
                "😀🩸💉", "the and of", "*:*", "title:insulin", "-", "- -", "--x", "\"\"", "\"", "-\"", "a".repeat(257),
                "AND OR NOT", "x~2^3", "[a TO z]", "\\", "\uD800", "ـــ", "\u200B\u200C\u200D", "%00", "?*", "/regex/",
                String.join(" ", java.util.Collections.nCopies(40, "диабет")), "\u202Eevil", "<img src=x onerror=alert(1)>");
        for (String q : nasty) {
            client().get().uri(u -> query(u, q)).exchange()
                    .expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).as(q).isIn(200, 400));
            client().get().uri(u -> u.path("/api/search/suggest").queryParam("q", "{q}").build(q)).exchange()
                    .expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).as(q).isIn(200, 400));
        }
    }

    @Test
    void similarFindsListingsInOtherLanguagesAndUnknownIdIsNotFound() {
        client().get().uri("/api/listings/api-ru-foot/similar").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.hits").isArray();
        client().get().uri("/api/listings/no-such-listing/similar").exchange().expectStatus().isNotFound();
    }

    @Test
    void suggestsVocabularyTermsInTheSearchersLanguage() {
        client().get().uri(u -> u.path("/api/search/suggest").queryParam("q", "непрерыв").queryParam("lang", "ru").build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.suggestions[0].text").isEqualTo("непрерывный мониторинг глюкозы");
    }

    @Test
    void staffSynonymMakesListingsInOtherLanguagesFindable() {
        var staff = new org.transferhub.account.CurrentUser("u-staff", "staff", "Staff", null,
                java.util.Set.of(org.transferhub.account.Role.STAFF), "ru");
        var authentication = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(staff, null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF")));
        String invented = "шмыгомер";
        client().get().uri(u -> u.path("/api/search").queryParam("q", invented).build()).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);

        client().mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication(authentication))
                .mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf())
                .post().uri("/api/staff/vocabulary/TH:CONTINUOUS_GLUCOSE_MONITORING/synonyms")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(java.util.Map.of("language", "ru", "term", invented))
                .exchange().expectStatus().isCreated();

        client().get().uri(u -> u.path("/api/search").queryParam("q", invented).build()).exchange()
                .expectBody().jsonPath("$.hits[0].id").isEqualTo("api-zh-cgm");
        client().get().uri("/api/search/vocabulary?q=" + invented).exchange()
                .expectBody().jsonPath("$.concepts[0].code").isEqualTo("TH:CONTINUOUS_GLUCOSE_MONITORING");
    }

    @Test
    void onlyStaffMayAddSynonyms() {
        client().mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf())
                .post().uri("/api/staff/vocabulary/TH:CONTINUOUS_GLUCOSE_MONITORING/synonyms")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(java.util.Map.of("language", "ru", "term", "x"))
                .exchange().expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isIn(401, 403));
    }

    private static java.net.URI query(UriBuilder uri, String q) {
        return uri.path("/api/search").queryParam("q", "{q}").build(q);
    }
}
