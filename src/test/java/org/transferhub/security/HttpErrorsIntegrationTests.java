package org.transferhub.security;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.Role;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

/** Every error is problem JSON, and security headers are on error responses too. */
@IntegrationTest
class HttpErrorsIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    TestAccounts accounts;

    @Test
    void malformedJsonIs400() {
        accounts.anonymous().post("/api/auth/login").bodyValue("{\"username\": ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:malformed-body")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void missingFieldsAreListed() {
        accounts.anonymous().post("/api/auth/register").bodyValue(Map.of("username", "x"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:validation")
                .jsonPath("$.fieldErrors[?(@.field == 'email')]").exists();
    }

    @Test
    void oversizeBodyIs413() {
        String huge = "{\"username\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        accounts.anonymous().post("/api/auth/login").bodyValue(huge)
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:payload-too-large");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        accounts.anonymous().post("/api/auth/login").contentType(MediaType.TEXT_PLAIN).bodyValue("hello")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownApiRouteIs404ForSignedInUser() {
        Session session = accounts.signInAs(Role.REQUESTER);
        session.get("/api/no-such-thing").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:not-found");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Session session = accounts.signInAs(Role.REQUESTER);
        session.delete("/api/me").exchange().expectStatus().isEqualTo(405)
                .expectHeader().exists(HttpHeaders.ALLOW)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void securityHeadersAreOnErrorResponses() {
        web.get().uri("/api/me").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists("Referrer-Policy")
                .expectHeader().doesNotExist("Strict-Transport-Security"); // plain http: no HSTS
        Session session = accounts.signInAs(Role.REQUESTER);
        session.get("/api/no-such-thing").exchange().expectStatus().isNotFound()
                .expectHeader().exists("Content-Security-Policy")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void appRoutesServeTheSinglePageApp() {
        web.get().uri("/staff/institutions").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().exists("Content-Security-Policy");
        web.get().uri("/no-such-file.js").exchange().expectStatus().isNotFound();
    }
}
