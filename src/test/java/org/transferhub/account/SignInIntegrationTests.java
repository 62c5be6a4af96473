package org.transferhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    WebTestClient web;

    @Autowired
    TestAccounts accounts;

    @Test
    void csrfEndpointReturnsTokenAndSetsReadableCookie() {
        var result = web.get().uri("/api/auth/csrf").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headerName").isEqualTo("X-XSRF-TOKEN")
                .jsonPath("$.parameterName").isEqualTo("_csrf")
                .jsonPath("$.token").isNotEmpty()
                .returnResult();
        ResponseCookie cookie = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isFalse();
    }

    @Test
    void loginWithoutCsrfTokenIsRefusedWithProblemJson() {
        User user = accounts.createUser(Role.REQUESTER);
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user.username(), "password", TestAccounts.PASSWORD))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:csrf");
    }

    @Test
    void signedInChangeWithAForgedTokenIsRefused() {
        Session session = accounts.signInAs(Role.REQUESTER);
        // A cross-site attacker's request carries the cookies but cannot read them to echo the token.
        web.patch().uri("/api/me").cookie("SESSION", session.sessionId()).cookie("XSRF-TOKEN", session.csrfToken())
                .header("X-XSRF-TOKEN", "forged").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("language", "ru"))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:csrf");
        web.patch().uri("/api/me").cookie("SESSION", session.sessionId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("language", "ru"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void loginWithCookieAndHeaderTokenSignsInAndMeShowsTheUser() {
        User user = accounts.createUser(Role.PROVIDER, Role.REQUESTER);
        Session session = accounts.signIn(user.username(), TestAccounts.PASSWORD);
        session.get("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo(user.username())
                .jsonPath("$.roles.length()").isEqualTo(2)
                .jsonPath("$.institution.status").isEqualTo("VERIFIED")
                .jsonPath("$.lastLoginAt").isNotEmpty()
                .jsonPath("$.passwordHash").doesNotExist();
    }

    @Test
    void loginIssuesANewSessionId() {
        User user = accounts.createUser(Role.REQUESTER);
        Session first = accounts.signIn(user.username(), TestAccounts.PASSWORD);
        // Signing in again from a browser that already has a session must not keep that id.
        var again = first.post("/api/auth/login")
                .bodyValue(Map.of("username", user.username(), "password", TestAccounts.PASSWORD))
                .exchange().expectStatus().isOk().expectBody().returnResult();
        String second = again.getResponseCookies().getFirst("SESSION").getValue();
        assertThat(second).isNotEqualTo(first.sessionId());
        first.get("/api/me").exchange().expectStatus().isUnauthorized();
        first.withSession(second).get("/api/me").exchange().expectStatus().isOk();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        User user = accounts.createUser(Role.REQUESTER);
        var result = accounts.anonymous().post("/api/auth/login")
                .bodyValue(Map.of("username", user.username(), "password", TestAccounts.PASSWORD))
                .exchange().expectStatus().isOk().expectBody().returnResult();
        ResponseCookie cookie = result.getResponseCookies().getFirst("SESSION");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.isSecure()).isFalse(); // plain http in tests; Secure is set over TLS
    }

    @Test
    void logoutEndsTheSession() {
        Session session = accounts.signInAs(Role.REQUESTER);
        session.post("/api/auth/logout").exchange().expectStatus().isNoContent();
        session.get("/api/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        User user = accounts.createUser(Role.REQUESTER);
        Session anonymous = accounts.anonymous();
        for (String username : new String[] {user.username(), "no-such-user-" + user.id()}) {
            anonymous.post("/api/auth/login")
                    .bodyValue(Map.of("username", username, "password", "Wrong-password-123456"))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().doesNotExist("WWW-Authenticate")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:bad-credentials");
        }
    }

    @Test
    void disabledAccountCannotSignIn() {
        User user = accounts.createUser(Role.REQUESTER);
        Session admin = accounts.signInAsAdmin();
        admin.post("/api/admin/users/{id}/disable", user.id()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(false);
        accounts.anonymous().post("/api/auth/login")
                .bodyValue(Map.of("username", user.username(), "password", TestAccounts.PASSWORD))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        User user = accounts.createUser(Role.PROVIDER);
        Session session = accounts.signIn(user.username(), TestAccounts.PASSWORD);
        session.get("/api/me").exchange().expectStatus().isOk();
        accounts.signInAsAdmin().post("/api/admin/users/{id}/disable", user.id()).exchange().expectStatus().isOk();
        session.get("/api/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void changingRolesEndsTheUsersSessions() {
        User user = accounts.createUser(Role.PROVIDER);
        Session session = accounts.signIn(user.username(), TestAccounts.PASSWORD);
        accounts.signInAsAdmin().put("/api/admin/users/{id}/roles", user.id())
                .bodyValue(Map.of("roles", Set.of("PROVIDER", "REQUESTER")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.roles.length()").isEqualTo(2);
        session.get("/api/me").exchange().expectStatus().isUnauthorized();
        accounts.signIn(user.username(), TestAccounts.PASSWORD).get("/api/me").exchange()
                .expectBody().jsonPath("$.roles.length()").isEqualTo(2);
    }

    @Test
    void profileEditChangesDisplayNameAndLanguage() {
        Session session = accounts.signInAs(Role.REQUESTER);
        session.patch("/api/me").bodyValue(Map.of("displayName", "Айгерим", "language", "kk"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.displayName").isEqualTo("Айгерим").jsonPath("$.language").isEqualTo("kk");
        session.get("/api/me").exchange().expectBody().jsonPath("$.language").isEqualTo("kk");
        session.patch("/api/me").bodyValue(Map.of("language", "xx")).exchange().expectStatus().isBadRequest();
    }
}
