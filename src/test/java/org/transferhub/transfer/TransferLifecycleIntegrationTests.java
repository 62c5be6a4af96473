package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;

@IntegrationTest
@Import(TransferFakes.class)
class TransferLifecycleIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;

    Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario(Parties.boundTo(context), catalog, institutions);
    }

    @Test
    void appliesWithServerScoredReadinessAndListsGaps() {
        String id = s.apply();

        s.asRequester.get().uri("/api/transfers/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.application.readinessScore").isEqualTo(75)
                .jsonPath("$.application.gaps[0]").isEqualTo("Endocrinologist")
                .jsonPath("$.deadlineAt").exists()
                .jsonPath("$.as[0]").isEqualTo("REQUESTER")
                .jsonPath("$.actions.length()").isEqualTo(1)
                .jsonPath("$.actions[0]").isEqualTo("WITHDRAW")
                .jsonPath("$.history[0].to").isEqualTo("SUBMITTED");
    }

    @Test
    void walksTheWholePathToCompletedWithAnAuditEntryPerStep() {
        String id = s.apply();
        s.post(s.asProvider, id, "request-info", Map.of("reason", "How many endocrinologists?")).expectStatus().isOk();
        s.post(s.asRequester, id, "provide-info", Map.of("reason", "Two")).expectStatus().isOk();
        s.accept(id);
        s.post(s.asStaff, id, "staff-request-info", Map.of("from", "PROVIDER", "question", "Who pays travel?"))
                .expectStatus().isOk();
        s.post(s.asRequester, id, "answer-staff", Map.of("reason", "We do")).expectStatus().isForbidden();
        s.post(s.asProvider, id, "answer-staff", Map.of("reason", "We do")).expectStatus().isOk();
        s.approve(id);
        s.deliver(id, 8);

        s.asRequester.get().uri("/api/transfers/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED")
                .jsonPath("$.training.professionalsTrained").isEqualTo(8)
                .jsonPath("$.agreement.kind").isEqualTo("MOU")
                .jsonPath("$.followUps.m6.months").isEqualTo(6)
                .jsonPath("$.followUps.m12.months").isEqualTo(12)
                .jsonPath("$.deadlineAt").doesNotExist()
                .jsonPath("$.history.length()").isEqualTo(12)
                .jsonPath("$.history[11].action").isEqualTo("CLOSE")
                .jsonPath("$.history[11].from").isEqualTo("COMPLETION_CONFIRMED")
                .jsonPath("$.history[11].to").isEqualTo("COMPLETED")
                .jsonPath("$.history[11].userId").isEqualTo(s.staff.userId())
                .jsonPath("$.history[11].comment").isEqualTo("Done");

        s.post(s.asRequester, id, "follow-ups/6", Map.of("patientsTreated", 300, "keyOutcome", "55% at HbA1c target",
                "adverseEvents", "none")).expectStatus().isOk();
        s.post(s.asRequester, id, "follow-ups/6", Map.of("patientsTreated", 300, "keyOutcome", "55% at HbA1c target",
                "adverseEvents", "none")).expectStatus().isEqualTo(409);
    }
}
