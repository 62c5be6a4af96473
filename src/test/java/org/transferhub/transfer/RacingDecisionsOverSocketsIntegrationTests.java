package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The race over real sockets and real sessions: 20 staff members, each signed in through the API
 * (session cookie and CSRF token, no test shortcuts), approve or reject the same application at once.
 */
@IntegrationTest
@Import(TransferFakes.class)
class RacingDecisionsOverSocketsIntegrationTests {

    @Autowired TestAccounts accounts;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;

    TestAccounts.Session signIn(Role role) {
        User user = accounts.createUser(role);
        institutions.register(user.institutionId(), "UZ");
        return accounts.signIn(user.username(), TestAccounts.PASSWORD);
    }

    @Test
    void twentyConcurrentStaffDecisionsOverHttpHaveExactlyOneWinner() {
        User providerUser = accounts.createUser(Role.PROVIDER);
        institutions.register(providerUser.institutionId(), "CN");
        var provider = accounts.signIn(providerUser.username(), TestAccounts.PASSWORD);
        var requester = signIn(Role.REQUESTER);
        var listing = catalog.publish(providerUser.institutionId(), "CN", List.of(), List.of("DIABETES"), "DEVICE",
                List.of("REMOTE"));
        String id = requester.post("/api/transfers")
                .bodyValue(Map.of("listingId", listing.id(), "intendedUse", "clinic", "readiness", List.of(),
                        "patientsPerYear", 10, "professionalsToTrain", 2, "preferredMode", "REMOTE", "timeline", "2026"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        provider.post("/api/transfers/{id}/accept", id).bodyValue(Map.of("terms", "free", "trainingPlan", "online"))
                .exchange().expectStatus().isOk();
        List<TestAccounts.Session> staff = Flux.range(0, 20).map(i -> signIn(Role.STAFF)).collectList().block();

        // 20 threads of our own: WebTestClient blocks, and the server's own boundedElastic work must not wait behind us
        var racers = reactor.core.scheduler.Schedulers.fromExecutorService(java.util.concurrent.Executors.newFixedThreadPool(20), "racers");
        List<Integer> statuses = Flux.range(0, 20)
                .flatMap(i -> Mono.fromCallable(() -> staff.get(i)
                                .post("/api/transfers/{id}/" + (i % 2 == 0 ? "approve" : "reject"), id)
                                .bodyValue(Map.of(i % 2 == 0 ? "comment" : "reason", "decision " + i))
                                .exchange().returnResult(String.class).getStatus().value())
                        .subscribeOn(racers), 20)
                .collectList().doFinally(signal -> racers.dispose()).block();

        assertThat(statuses).hasSize(20);
        assertThat(statuses).filteredOn(code -> code == 200).hasSize(1);
        assertThat(statuses).filteredOn(code -> code == 409).hasSize(19);
        staff.getFirst().get("/api/transfers/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.history.length()").isEqualTo(3);
    }

    @Test
    void showsTheImpactFiguresToAnonymousVisitors() {
        accounts.anonymous().get("/api/public/impact").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.technologiesTarget").isEqualTo(500)
                .jsonPath("$.professionalsTarget").isEqualTo(2000);
        accounts.anonymous().get("/api/staff/dashboard").exchange().expectStatus().isUnauthorized();
        accounts.anonymous().get("/api/my/transfers").exchange().expectStatus().isUnauthorized();
    }
}
