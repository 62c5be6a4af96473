package org.transferhub.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.transferhub.account.Role;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

/** Who may call what: every role against every kind of endpoint (401 anonymous, 403 wrong role). */
@IntegrationTest
class AccessMatrixIntegrationTests {

    enum Caller { ANONYMOUS, PROVIDER, REQUESTER, STAFF, ADMIN }

    @Autowired
    TestAccounts accounts;

    private final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);

    @BeforeEach
    void signInEveryRole() {
        sessions.put(Caller.ANONYMOUS, accounts.anonymous());
        sessions.put(Caller.PROVIDER, accounts.signInAs(Role.PROVIDER));
        sessions.put(Caller.REQUESTER, accounts.signInAs(Role.REQUESTER));
        sessions.put(Caller.STAFF, accounts.signInAs(Role.STAFF));
        sessions.put(Caller.ADMIN, accounts.signInAsAdmin());
    }

    static Stream<Arguments> matrix() {
        //                                       anonymous provider requester staff admin
        return Stream.of(
                row("GET /api/me", s -> s.get("/api/me"), 401, 200, 200, 200, 200),
                row("GET /api/institutions", s -> s.get("/api/institutions"), 200, 200, 200, 200, 200),
                row("GET /api/reference/countries", s -> s.get("/api/reference/countries"), 200, 200, 200, 200, 200),
                row("GET /api/staff/institutions", s -> s.get("/api/staff/institutions"), 401, 403, 403, 200, 200),
                row("POST verify (unknown id)", s -> s.post("/api/staff/institutions/nope/verify"), 401, 403, 403, 404, 404),
                row("GET /api/admin/users", s -> s.get("/api/admin/users"), 401, 403, 403, 403, 200),
                row("GET /api/admin/audit", s -> s.get("/api/admin/audit"), 401, 403, 403, 403, 200),
                row("POST disable (unknown id)", s -> s.post("/api/admin/users/nope/disable"), 401, 403, 403, 403, 404),
                row("GET unknown /api route", s -> s.get("/api/no-such-thing"), 401, 404, 404, 404, 404),
                row("GET future listings (anonymous-readable)", s -> s.get("/api/listings/none"), 404, 404, 404, 404, 404),
                row("GET actuator health", s -> s.get("/actuator/health"), 200, 200, 200, 200, 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersEachRoleAsExpected(String name,
            Function<Session, org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?>> call,
            Map<Caller, Integer> expected) {
        expected.forEach((caller, status) -> {
            var response = call.apply(sessions.get(caller)).exchange().expectStatus().isEqualTo(status);
            if (status >= 400) {
                response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectHeader().doesNotExist("WWW-Authenticate")
                        .expectHeader().doesNotExist("Location");
            }
        });
    }

    private static Arguments row(String name,
            Function<Session, org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?>> call,
            int anonymous, int provider, int requester, int staff, int admin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.PROVIDER, provider);
        expected.put(Caller.REQUESTER, requester);
        expected.put(Caller.STAFF, staff);
        expected.put(Caller.ADMIN, admin);
        return Arguments.of(name, call, expected);
    }
}
