package org.transferhub.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;

/** Health, OpenAPI and reference data: public, and describing the real API. */
@IntegrationTest
class PlatformEndpointsIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    org.transferhub.testing.TestAccounts accounts;

    @Test
    void healthIsUpWithTheDatabase() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void healthShowsTheDatabaseToAdmins() {
        accounts.signInAsAdmin().get("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.details.embedded").isEqualTo(true);
    }

    @Test
    void openApiDescribesThePlatformEndpoints() {
        // The first request builds the whole OpenAPI model (every feature's controllers): on a loaded
        // 2-core machine that takes longer than WebTestClient's default 5 s.
        web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/auth/login'].post").exists()
                .jsonPath("$.paths['/api/me'].get").exists()
                .jsonPath("$.paths['/api/staff/institutions/{id}/verify'].post").exists()
                .jsonPath("$.paths['/api/admin/users'].get").exists();
    }

    @Test
    void swaggerUiIsPublic() {
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void countriesStartWithScoMembersThenObserversThenDialoguePartners() {
        web.get().uri("/api/reference/countries").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].code").isEqualTo("CN")
                .jsonPath("$[0].group").isEqualTo("MEMBER")
                .jsonPath("$[9].code").isEqualTo("BY")
                .jsonPath("$[10].code").isEqualTo("AF")
                .jsonPath("$[10].group").isEqualTo("OBSERVER")
                .jsonPath("$[12].code").isEqualTo("AM")
                .jsonPath("$[12].group").isEqualTo("DIALOGUE_PARTNER")
                .jsonPath("$[27].group").isEqualTo("OTHER")
                .jsonPath("$.length()").isEqualTo(java.util.Locale.getISOCountries().length);
    }
}
