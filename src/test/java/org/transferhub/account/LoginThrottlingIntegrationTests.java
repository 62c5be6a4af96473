package org.transferhub.account;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

/** Its own context: it lowers the per-address limit, which every test from 127.0.0.1 shares. */
@IntegrationTest
@TestPropertySource(properties = {"transferhub.security.login-attempts-per-account=3",
        "transferhub.security.login-attempts-per-address=12"})
class LoginThrottlingIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Test
    void accountIsThrottledAfterRepeatedFailuresEvenWithTheRightPassword() {
        User user = accounts.createUser(Role.REQUESTER);
        Session anonymous = accounts.anonymous();
        for (int i = 0; i < 3; i++) {
            login(anonymous, user.username(), "Wrong-password-12345").expectStatus().isUnauthorized();
        }
        login(anonymous, user.username(), TestAccounts.PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:too-many-requests");
    }

    @Test
    void unknownUsernamesAreThrottledTheSameWay() {
        String unknown = "ghost-" + UUID.randomUUID();
        Session anonymous = accounts.anonymous();
        for (int i = 0; i < 3; i++) {
            login(anonymous, unknown, "Wrong-password-12345").expectStatus().isUnauthorized();
        }
        login(anonymous, unknown, "Wrong-password-12345").expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
    }

    @Test
    void clientAddressIsThrottledAcrossUsernames() {
        Session anonymous = accounts.anonymous();
        int status = 0;
        // Different usernames each time: only the per-address counter can stop this.
        for (int i = 0; i < 14 && status != 429; i++) {
            status = login(anonymous, "spray-" + i + "-" + UUID.randomUUID(), "Wrong-password-12345")
                    .returnResult(Void.class).getStatus().value();
        }
        login(anonymous, "spray-last-" + UUID.randomUUID(), "Wrong-password-12345")
                .expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
    }

    private static org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec login(Session session,
            String username, String password) {
        return session.post("/api/auth/login").bodyValue(Map.of("username", username, "password", password)).exchange();
    }
}
