package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;

/**
 * Brings one application into each of the 14 states and then tries, over HTTP, every action the
 * table forbids from it (409) and every allowed action by every actor kind the table does not
 * allow (403); after each attempt the application is byte-for-byte unchanged.
 */
@IntegrationTest
@Import(TransferFakes.class)
class EveryTransitionIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;

    record Call(String path, Map<String, Object> body) {}

    static final Map<TransferAction, Call> CALLS = new EnumMap<>(Map.ofEntries(
            Map.entry(TransferAction.PROVIDER_REQUEST_INFO, new Call("request-info", Map.of("reason", "q"))),
            Map.entry(TransferAction.REQUESTER_PROVIDE_INFO, new Call("provide-info", Map.of("reason", "a"))),
            Map.entry(TransferAction.ACCEPT, new Call("accept", Map.of("terms", "t", "trainingPlan", "p"))),
            Map.entry(TransferAction.DECLINE, new Call("decline", Map.of("reasonCode", "OTHER", "text", "no"))),
            Map.entry(TransferAction.STAFF_REQUEST_INFO, new Call("staff-request-info", Map.of("from", "REQUESTER", "question", "q"))),
            Map.entry(TransferAction.ANSWER_STAFF, new Call("answer-staff", Map.of("reason", "a"))),
            Map.entry(TransferAction.APPROVE, new Call("approve", Map.of())),
            Map.entry(TransferAction.REJECT, new Call("reject", Map.of("reason", "r"))),
            Map.entry(TransferAction.SIGN_AGREEMENT, new Call("milestones/agreement", Map.of("kind", "CONTRACT",
                    "signedOn", "2026-05-01", "value", 1000, "currency", "CNY"))),
            Map.entry(TransferAction.RECORD_TRAINING, new Call("milestones/training", Map.of("professionalsTrained", 2,
                    "professions", List.of("nurse"), "certificatesIssued", 2, "deliveredOn", "2026-06-01"))),
            Map.entry(TransferAction.RECORD_DEPLOYMENT, new Call("milestones/deployment", Map.of("goLiveOn", "2026-07-01"))),
            Map.entry(TransferAction.CONFIRM_COMPLETION, new Call("confirm-completion", Map.of())),
            Map.entry(TransferAction.CLOSE, new Call("close", Map.of())),
            Map.entry(TransferAction.WITHDRAW, new Call("withdraw", Map.of("reason", "w"))),
            Map.entry(TransferAction.CANCEL, new Call("cancel", Map.of("reason", "c")))));

    static final Map<TransferStatus, List<TransferAction>> PATHS = new EnumMap<>(TransferStatus.class);

    static {
        List<TransferAction> delivered = List.of(TransferAction.ACCEPT, TransferAction.APPROVE, TransferAction.SIGN_AGREEMENT,
                TransferAction.RECORD_TRAINING, TransferAction.RECORD_DEPLOYMENT, TransferAction.CONFIRM_COMPLETION,
                TransferAction.CLOSE);
        PATHS.put(TransferStatus.SUBMITTED, List.of());
        PATHS.put(TransferStatus.INFO_REQUESTED, List.of(TransferAction.PROVIDER_REQUEST_INFO));
        PATHS.put(TransferStatus.ACCEPTED, List.of(TransferAction.ACCEPT));
        PATHS.put(TransferStatus.STAFF_INFO_REQUESTED, List.of(TransferAction.ACCEPT, TransferAction.STAFF_REQUEST_INFO));
        PATHS.put(TransferStatus.APPROVED, delivered.subList(0, 2));
        PATHS.put(TransferStatus.AGREEMENT_SIGNED, delivered.subList(0, 3));
        PATHS.put(TransferStatus.TRAINING_DELIVERED, delivered.subList(0, 4));
        PATHS.put(TransferStatus.DEPLOYED, delivered.subList(0, 5));
        PATHS.put(TransferStatus.COMPLETION_CONFIRMED, delivered.subList(0, 6));
        PATHS.put(TransferStatus.COMPLETED, delivered);
        PATHS.put(TransferStatus.DECLINED, List.of(TransferAction.DECLINE));
        PATHS.put(TransferStatus.REJECTED, List.of(TransferAction.ACCEPT, TransferAction.REJECT));
        PATHS.put(TransferStatus.WITHDRAWN, List.of(TransferAction.WITHDRAW));
        PATHS.put(TransferStatus.CANCELLED, List.of(TransferAction.CANCEL));
    }

    static WebTestClient client(Scenario s, ActorKind kind) {
        return switch (kind) {
            case REQUESTER -> s.asRequester;
            case PROVIDER -> s.asProvider;
            case STAFF -> s.asStaff;
        };
    }

    String snapshot(Scenario s, String id) {
        return new String(s.asStaff.get().uri("/api/transfers/{id}", id).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
    }

    @Test
    void everyForbiddenStepAnswers409OrForbiddenActor403AndChangesNothing() {
        WebTestClient web = Parties.boundTo(context);
        List<String> checked = new ArrayList<>();
        assertThat(PATHS).hasSize(TransferStatus.values().length);
        for (var entry : PATHS.entrySet()) {
            TransferStatus state = entry.getKey();
            Scenario s = new Scenario(web, catalog, institutions);
            String id = s.apply();
            for (TransferAction step : entry.getValue()) {
                Call call = CALLS.get(step);
                s.post(client(s, step.actors().iterator().next()), id, call.path(), call.body()).expectStatus().isOk();
            }
            assertThat(s.status(id)).isEqualTo(state.name());
            String before = snapshot(s, id);

            for (TransferAction action : TransferAction.values()) {
                Call call = CALLS.get(action);
                if (!action.from().contains(state)) {
                    ActorKind allowed = action.actors().iterator().next();
                    s.post(client(s, allowed), id, call.path(), call.body()).expectStatus().isEqualTo(409);
                    checked.add(state + " " + action + " 409");
                } else {
                    for (ActorKind kind : ActorKind.values()) {
                        if (!action.actors().contains(kind)) {
                            s.post(client(s, kind), id, call.path(), call.body()).expectStatus().isForbidden();
                            checked.add(state + " " + action + " by " + kind + " 403");
                        }
                    }
                }
                s.post(s.asStranger, id, call.path(), call.body()).expectStatus().isNotFound();
            }
            // any change by a refused attempt would still show here: version and history only grow
            assertThat(snapshot(s, id)).as(state.name()).isEqualTo(before);
        }
        assertThat(checked).hasSizeGreaterThan(150);
    }
}
