package org.transferhub.transfer.web;

import jakarta.validation.Valid;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.CurrentUsers;
import org.transferhub.transfer.Transfer;
import org.transferhub.transfer.TransferAction;
import org.transferhub.transfer.TransferMessages;
import org.transferhub.transfer.TransferService;
import org.transferhub.transfer.TransferSteps;
import org.transferhub.transfer.web.TransferForms.*;
import reactor.core.publisher.Mono;

/** One POST per step of the state machine ({@code TransferAction}), plus follow-ups and messages. */
@RestController
class TransferStepController {

    private final CurrentUsers users;
    private final TransferSteps steps;
    private final TransferService service;
    private final TransferMessages messages;
    private final IdempotentRequests idempotent;

    TransferStepController(CurrentUsers users, TransferSteps steps, TransferService service, TransferMessages messages,
            IdempotentRequests idempotent) {
        this.users = users;
        this.steps = steps;
        this.service = service;
        this.messages = messages;
        this.idempotent = idempotent;
    }

    @PostMapping("/api/transfers/{id}/request-info")
    Mono<TransferView> requestInfo(@PathVariable String id, @Valid @RequestBody ReasonForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.PROVIDER_REQUEST_INFO, form.reason()));
    }

    @PostMapping("/api/transfers/{id}/provide-info")
    Mono<TransferView> provideInfo(@PathVariable String id, @Valid @RequestBody ReasonForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.REQUESTER_PROVIDE_INFO, form.reason()));
    }

    @PostMapping("/api/transfers/{id}/accept")
    Mono<TransferView> accept(@PathVariable String id, @Valid @RequestBody AcceptForm form) {
        return step(id, user -> steps.accept(user, id, form.terms(), form.trainingPlan()));
    }

    @PostMapping("/api/transfers/{id}/decline")
    Mono<TransferView> decline(@PathVariable String id, @Valid @RequestBody DeclineForm form) {
        return step(id, user -> steps.decline(user, id, form.reasonCode(), form.text()));
    }

    @PostMapping("/api/transfers/{id}/staff-request-info")
    Mono<TransferView> staffRequestInfo(@PathVariable String id, @Valid @RequestBody StaffInfoForm form) {
        return step(id, user -> steps.staffRequestInfo(user, id, form.from(), form.question()));
    }

    @PostMapping("/api/transfers/{id}/answer-staff")
    Mono<TransferView> answerStaff(@PathVariable String id, @Valid @RequestBody ReasonForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.ANSWER_STAFF, form.reason()));
    }

    @PostMapping("/api/transfers/{id}/approve")
    Mono<TransferView> approve(@PathVariable String id, @Valid @RequestBody(required = false) CommentForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.APPROVE, comment(form)));
    }

    @PostMapping("/api/transfers/{id}/reject")
    Mono<TransferView> reject(@PathVariable String id, @Valid @RequestBody ReasonForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.REJECT, form.reason()));
    }

    @PostMapping("/api/transfers/{id}/milestones/agreement")
    Mono<TransferView> agreement(@PathVariable String id, @Valid @RequestBody AgreementForm form) {
        return step(id, user -> steps.signAgreement(user, id, form.kind(), form.signedOn(), form.value(), form.currency()));
    }

    @PostMapping("/api/transfers/{id}/milestones/training")
    Mono<TransferView> training(@PathVariable String id, @Valid @RequestBody TrainingForm form) {
        return step(id, user -> steps.recordTraining(user, id, form.professionalsTrained(), form.professions(),
                form.certificatesIssued(), form.deliveredOn()));
    }

    @PostMapping("/api/transfers/{id}/milestones/deployment")
    Mono<TransferView> deployment(@PathVariable String id, @Valid @RequestBody DeploymentForm form) {
        return step(id, user -> steps.recordDeployment(user, id, form.goLiveOn(), form.note()));
    }

    @PostMapping("/api/transfers/{id}/confirm-completion")
    Mono<TransferView> confirmCompletion(@PathVariable String id, @Valid @RequestBody(required = false) CommentForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.CONFIRM_COMPLETION, comment(form)));
    }

    @PostMapping("/api/transfers/{id}/close")
    Mono<TransferView> close(@PathVariable String id, @Valid @RequestBody(required = false) CommentForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.CLOSE, comment(form)));
    }

    @PostMapping("/api/transfers/{id}/withdraw")
    Mono<TransferView> withdraw(@PathVariable String id, @Valid @RequestBody ReasonForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.WITHDRAW, form.reason()));
    }

    @PostMapping("/api/transfers/{id}/cancel")
    Mono<TransferView> cancel(@PathVariable String id, @Valid @RequestBody ReasonForm form) {
        return step(id, user -> steps.simple(user, id, TransferAction.CANCEL, form.reason()));
    }

    @PostMapping("/api/transfers/{id}/follow-ups/{months}")
    Mono<TransferView> followUp(@PathVariable String id, @PathVariable int months, @Valid @RequestBody FollowUpForm form) {
        return step(id, user -> steps.submitFollowUp(user, id, months, form.patientsTreated(), form.keyOutcome(),
                form.adverseEvents()));
    }

    @PostMapping("/api/transfers/{id}/messages")
    Mono<ResponseEntity<String>> post(@PathVariable String id, @Valid @RequestBody MessageForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return users.required().flatMap(user -> idempotent.run(user.userId(), key, "POST /api/transfers/" + id + "/messages",
                HttpStatus.CREATED, () -> messages.post(user, id, form.text(), form.attachmentIds())));
    }

    @org.springframework.web.bind.annotation.GetMapping("/api/transfers/{id}/messages")
    Mono<java.util.List<org.transferhub.transfer.TransferMessage>> thread(@PathVariable String id) {
        return users.required().flatMap(user -> messages.read(user, id));
    }

    private Mono<TransferView> step(String id, Function<CurrentUser, Mono<Transfer>> action) {
        return users.required().flatMap(user -> action.apply(user)
                .flatMap(t -> service.visible(user, id))
                .map(v -> TransferView.of(v, service.clockNow(), null, true)));
    }

    private static String comment(CommentForm form) {
        return form == null ? null : form.comment();
    }
}
