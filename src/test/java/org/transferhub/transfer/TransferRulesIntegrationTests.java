package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.Role;
import org.transferhub.institution.VerificationStatus;
import org.transferhub.testing.IntegrationTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@IntegrationTest
@Import(TransferFakes.class)
class TransferRulesIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;

    WebTestClient web;
    Scenario s;

    @BeforeEach
    void setUp() {
        web = Parties.boundTo(context);
        s = new Scenario(web, catalog, institutions);
    }

    /** The full view including version and history: equal before and after means nothing changed. */
    String snapshot(String id) {
        return new String(s.asStaff.get().uri("/api/transfers/{id}", id).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
    }

    @Test
    void rejectsStepsFromTheWrongStateWith409AndChangesNothing() {
        String id = s.apply();
        String before = snapshot(id);

        s.post(s.asStaff, id, "approve", Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:conflict");
        s.post(s.asStaff, id, "close", Map.of()).expectStatus().isEqualTo(409);
        s.post(s.asProvider, id, "milestones/agreement", Map.of("kind", "MOU", "signedOn", "2026-05-01"))
                .expectStatus().isEqualTo(409);
        s.post(s.asRequester, id, "confirm-completion", Map.of()).expectStatus().isEqualTo(409);
        s.post(s.asRequester, id, "provide-info", Map.of("reason", "unasked")).expectStatus().isEqualTo(409);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void rejectsApprovalOfWithdrawnApplication() {
        String id = s.apply();
        s.accept(id);
        s.post(s.asRequester, id, "withdraw", Map.of("reason", "Budget cut")).expectStatus().isOk();
        String before = snapshot(id);

        s.post(s.asStaff, id, "approve", Map.of()).expectStatus().isEqualTo(409);
        s.post(s.asProvider, id, "withdraw", Map.of("reason", "again")).expectStatus().isEqualTo(409);
        s.post(s.asStaff, id, "cancel", Map.of("reason", "late")).expectStatus().isEqualTo(409);

        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(s.status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void rejectsWrongActorsWith403OrHidesTheApplicationWith404() {
        String id = s.apply();
        String before = snapshot(id);

        s.post(s.asRequester, id, "accept", Map.of("terms", "t", "trainingPlan", "p")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:forbidden");
        s.post(s.asStaff, id, "accept", Map.of("terms", "t", "trainingPlan", "p")).expectStatus().isForbidden();
        s.post(s.asProvider, id, "approve", Map.of()).expectStatus().isForbidden();
        s.post(s.asRequester, id, "cancel", Map.of("reason", "x")).expectStatus().isForbidden();
        s.post(s.asStranger, id, "withdraw", Map.of("reason", "x")).expectStatus().isNotFound();
        s.asStranger.get().uri("/api/transfers/{id}", id).exchange().expectStatus().isNotFound();
        s.post(s.asStaff, "no-such-id", "approve", Map.of()).expectStatus().isNotFound();

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void twentyConcurrentStaffDecisionsHaveExactlyOneWinner() {
        String id = s.apply();
        s.accept(id);
        List<WebTestClient> staff = Flux.range(0, 20).map(i -> Parties.as(web, Parties.user(null, Role.STAFF)))
                .collectList().block();

        // 20 threads of our own: WebTestClient blocks, and the server's own boundedElastic work must not wait behind us
        var racers = reactor.core.scheduler.Schedulers.fromExecutorService(java.util.concurrent.Executors.newFixedThreadPool(20), "racers");
        List<Answer> answers = Flux.range(0, 20)
                .flatMap(i -> Mono.fromCallable(() -> {
                            var result = s.post(staff.get(i), id, i % 2 == 0 ? "approve" : "reject",
                                    Map.of(i % 2 == 0 ? "comment" : "reason", "decision " + i))
                                    .expectBody(String.class).returnResult();
                            return new Answer(result.getStatus().value(), result.getResponseBody());
                        })
                        .subscribeOn(racers), 20)
                .collectList().doFinally(signal -> racers.dispose()).block();

        // The bodies are in the description so that an unexpected answer says what it was
        assertThat(answers).as("answers %s", answers).hasSize(20);
        assertThat(answers).as("answers %s", answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).as("answers %s", answers).filteredOn(a -> a.status() == 409).hasSize(19);
        s.asStaff.get().uri("/api/transfers/{id}", id).exchange().expectBody()
                .jsonPath("$.history.length()").isEqualTo(3)
                .jsonPath("$.status").value(status -> assertThat(status).isIn("APPROVED", "REJECTED"));
    }

    @Test
    void replaysTheFirstAnswerForARetriedIdempotencyKey() {
        var first = s.asRequester.post().uri("/api/transfers").header("Idempotency-Key", "apply-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Scenario.application(s.listing.id())).exchange()
                .expectStatus().isCreated().expectBody().returnResult();
        var retry = s.asRequester.post().uri("/api/transfers").header("Idempotency-Key", "apply-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Scenario.application(s.listing.id())).exchange()
                .expectStatus().isCreated().expectBody().returnResult();

        assertThat(new String(retry.getResponseBody())).isEqualTo(new String(first.getResponseBody()));
        s.asRequester.get().uri("/api/my/transfers").exchange().expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void allowsOneOpenApplicationPerInstitutionAndListing() {
        String id = s.apply();

        s.asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Scenario.application(s.listing.id())).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:duplicate");

        s.post(s.asRequester, id, "withdraw", Map.of("reason", "wrong form")).expectStatus().isOk();
        s.apply();
    }

    @Test
    void refusesApplicationsFromUnverifiedInstitutionsAndForUnpublishedListings() {
        var pending = Parties.as(web, Parties.user(institutions.add("TJ", VerificationStatus.PENDING), Role.REQUESTER));
        pending.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Scenario.application(s.listing.id())).exchange().expectStatus().isForbidden();
        s.asProvider.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Scenario.application(s.listing.id())).exchange().expectStatus().isForbidden();

        catalog.withStatus(s.listing, "ARCHIVED");
        s.asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Scenario.application(s.listing.id())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("listingId");
    }

    @Test
    void namesTheFieldsOfBadInputInProblemJson() {
        s.asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("listingId", s.listing.id(), "intendedUse", "", "readiness", List.of(),
                        "patientsPerYear", -1, "professionalsToTrain", 0, "preferredMode", "X", "timeline", "soon"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.fieldErrors[?(@.field=='intendedUse')]").exists()
                .jsonPath("$.fieldErrors[?(@.field=='patientsPerYear')]").exists()
                .jsonPath("$.fieldErrors[?(@.field=='professionalsToTrain')]").exists();

        s.asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("listingId", s.listing.id(), "intendedUse", "use",
                        "readiness", List.of(Map.of("requirement", "MRI", "answer", "HAVE")),
                        "patientsPerYear", 1, "professionalsToTrain", 1, "preferredMode", "TELEPATHY", "timeline", "soon"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.fieldErrors[?(@.field=='preferredMode')]").exists()
                .jsonPath("$.fieldErrors[?(@.field=='readiness')]").exists();

        String id = s.apply();
        s.post(s.asProvider, id, "decline", Map.of("reasonCode", "BECAUSE", "text", "x"))
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST);
        s.post(s.asProvider, id, "decline", Map.of("text", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("reasonCode");
    }

    @Test
    void listsTheRequestersApplicationsTheProvidersInboxAndTheStaffQueueByDeadline() {
        String id = s.apply();

        s.asRequester.get().uri("/api/my/transfers").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo(id);
        s.asProvider.get().uri("/api/provider/transfers").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo(id).jsonPath("$[0].actions.length()").isEqualTo(4);
        s.asStaff.get().uri("/api/staff/transfers?sort=deadline&size=200").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id=='" + id + "')]").exists();
        s.asRequester.get().uri("/api/staff/transfers").exchange().expectStatus().isForbidden();
        s.asStaff.get().uri("/api/staff/transfers?sort=sideways").exchange().expectStatus().isBadRequest();
    }

    @Test
    void countsUnreadMessagesPerUser() {
        String id = s.apply();
        s.post(s.asProvider, id, "messages", Map.of("text", "Hello")).expectStatus().isCreated();
        s.post(s.asStaff, id, "messages", Map.of("text", "Hi both")).expectStatus().isCreated();

        s.asRequester.get().uri("/api/transfers/{id}", id).exchange().expectBody().jsonPath("$.unreadMessages").isEqualTo(2);
        // the lists carry the same count per row, so a party sees where someone wrote to them
        s.asRequester.get().uri("/api/my/transfers").exchange().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].unreadMessages").isEqualTo(List.of(2));
        s.asProvider.get().uri("/api/provider/transfers").exchange().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].unreadMessages").isEqualTo(List.of(1));
        s.asRequester.get().uri("/api/transfers/{id}/messages", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[0].text").isEqualTo("Hello");
        s.asRequester.get().uri("/api/transfers/{id}", id).exchange().expectBody().jsonPath("$.unreadMessages").isEqualTo(0);
        s.asProvider.get().uri("/api/transfers/{id}", id).exchange().expectBody().jsonPath("$.unreadMessages").isEqualTo(1);
        s.post(s.asStranger, id, "messages", Map.of("text", "Let me in")).expectStatus().isNotFound();
    }

    @Test
    void postsAMessageOnceForARetriedIdempotencyKey() {
        String id = s.apply();
        for (int attempt = 0; attempt < 2; attempt++) {
            s.asProvider.post().uri("/api/transfers/{id}/messages", id).header("Idempotency-Key", "msg-1")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Once")).exchange()
                    .expectStatus().isCreated();
        }
        s.asRequester.post().uri("/api/transfers/{id}/messages", id).header("Idempotency-Key", "msg-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Mine")).exchange()
                .expectStatus().isCreated();

        s.asStaff.get().uri("/api/transfers/{id}/messages", id).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
        s.asProvider.post().uri("/api/transfers").header("Idempotency-Key", "msg-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Scenario.application(s.listing.id())).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void anApplicationMayBeForTheApplyingInstitutionsOwnNeedOnly() {
        String own = s.asRequester.post().uri("/api/needs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(org.transferhub.needs.NeedFixtures.retinopathyNeed("PUBLIC")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        String theirs = s.asStranger.post().uri("/api/needs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(org.transferhub.needs.NeedFixtures.retinopathyNeed("PUBLIC")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        for (String wrong : List.of(theirs, "no-such-need")) {
            java.util.Map<String, Object> body = new java.util.HashMap<>(Scenario.application(s.listing.id()));
            body.put("needId", wrong);
            s.asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("needId");
        }
        java.util.Map<String, Object> body = new java.util.HashMap<>(Scenario.application(s.listing.id()));
        body.put("needId", own);
        s.asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.needId").isEqualTo(own);
    }

    private record Answer(int status, String body) {}
}
