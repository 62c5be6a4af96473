package org.transferhub.catalog;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.Role;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

/**
 * The catalog flow over real HTTP with real sign-in, session cookie and CSRF token: no test shortcuts,
 * so the platform's security chain is exercised as browsers meet it.
 */
@CatalogIntegrationTest
class CatalogOverRealSessionsIntegrationTests {

    @Autowired TestAccounts accounts;
    @Autowired WebTestClient web;

    @Test
    void providerPublishesThroughReviewAndAnonymousVisitorsFindIt() {
        Session provider = accounts.signInAs(Role.PROVIDER);
        Session staff = accounts.signInAs(Role.STAFF);

        Map<String, Object> created = provider.post("/api/listings").bodyValue(CatalogClient.content("Real session"))
                .exchange().expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
        String id = (String) created.get("id");

        provider.post("/api/listings/{id}/submit", id).exchange().expectStatus().isOk();
        staff.post("/api/staff/listings/{id}/request-changes", id).bodyValue(Map.of("comment", "Add outcomes"))
                .exchange().expectStatus().isOk();
        provider.put("/api/listings/{id}", id).header("If-Match", "\"2\"").bodyValue(CatalogClient.content("Real session"))
                .exchange().expectStatus().isOk();
        provider.post("/api/listings/{id}/submit", id).exchange().expectStatus().isOk();
        staff.post("/api/staff/listings/{id}/publish", id).exchange().expectStatus().isOk();

        web.get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED").jsonPath("$.contact").doesNotExist();
    }

    @Test
    void changeWithoutTheCsrfHeaderIsRefused() {
        Session provider = accounts.signInAs(Role.PROVIDER);
        web.post().uri("/api/listings").cookie("SESSION", provider.sessionId()).cookie("XSRF-TOKEN", provider.csrfToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CatalogClient.content("No CSRF"))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:csrf");
    }

    @Test
    void staffWhoAreNotAdminsImportThroughBothPaths() {
        Session staff = accounts.signInAs(Role.STAFF);
        String line = ImportExportIntegrationTests.line("REAL-" + System.nanoTime(), "ru", 6, "OBESITY");
        staff.post("/api/staff/listings/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(line).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.created").isEqualTo(1);
        staff.post("/api/admin/listings/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(line).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.updated").isEqualTo(1);
        accounts.signInAs(Role.PROVIDER).post("/api/admin/listings/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(line).exchange().expectStatus().isForbidden();
    }

    @Test
    void anonymousVisitorsSearchAndSeeSimilarTechnologies() {
        web.get().uri("/api/search?q=диабет&lang=ru").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").exists();
        web.get().uri("/api/search/suggest?q=диа&lang=ru").exchange().expectStatus().isOk();
    }
}
