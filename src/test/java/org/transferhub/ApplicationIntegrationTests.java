package org.transferhub;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    WebTestClient web;

    @Test
    void unknownApiRouteIsProblemJson() {
        web.get().uri("/api/no-such-thing").exchange()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").exists();
    }
}
