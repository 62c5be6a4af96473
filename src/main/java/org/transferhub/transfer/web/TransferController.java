package org.transferhub.transfer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.CurrentUsers;
import org.transferhub.transfer.ApplyCommand;
import org.transferhub.transfer.Applications;
import org.transferhub.transfer.Readiness;
import org.transferhub.transfer.TransferMessages;
import org.transferhub.transfer.TransferQueries;
import org.transferhub.transfer.TransferService;
import org.transferhub.transfer.TransferStatus;
import org.transferhub.transfer.web.TransferForms.ApplyForm;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Applying, reading one application, and the three lists (requester, provider inbox, staff queue). */
@RestController
@Validated
class TransferController {

    private final CurrentUsers users;
    private final Applications applications;
    private final TransferService service;
    private final TransferQueries queries;
    private final TransferMessages messages;
    private final IdempotentRequests idempotent;

    TransferController(CurrentUsers users, Applications applications, TransferService service, TransferQueries queries,
            TransferMessages messages, IdempotentRequests idempotent) {
        this.users = users;
        this.applications = applications;
        this.service = service;
        this.queries = queries;
        this.messages = messages;
        this.idempotent = idempotent;
    }

    @PostMapping("/api/transfers")
    Mono<ResponseEntity<String>> apply(@Valid @RequestBody ApplyForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ApplyCommand command = new ApplyCommand(form.listingId(), form.needId(), form.intendedUse(),
                form.readiness().stream().map(a -> new Readiness.Answer(a.requirement(), a.answer())).toList(),
                form.patientsPerYear(), form.professionalsToTrain(), form.preferredMode(), form.timeline());
        return users.required().flatMap(user -> idempotent.run(user.userId(), key, "POST /api/transfers",
                HttpStatus.CREATED, () -> applications.apply(user, command)
                        .map(t -> TransferView.of(new TransferService.Visible(t, java.util.Set.of(
                                org.transferhub.transfer.ActorKind.REQUESTER)), now(), 0L, true))));
    }

    @GetMapping("/api/transfers/{id}")
    Mono<TransferView> get(@PathVariable String id) {
        return users.required().flatMap(user -> service.visible(user, id)
                .flatMap(v -> messages.unread(user, id).map(unread -> TransferView.of(v, now(), unread, true))));
    }

    @GetMapping("/api/my/transfers")
    Flux<TransferView> mine(@RequestParam(required = false) List<TransferStatus> status,
            @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return users.required().flatMapMany(user -> withUnread(user, queries.mine(user, statuses(status), order(sort), page, size)));
    }

    @GetMapping("/api/provider/transfers")
    Flux<TransferView> inbox(@RequestParam(required = false) List<TransferStatus> status,
            @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return users.required().flatMapMany(user -> withUnread(user, queries.inbox(user, statuses(status), order(sort), page, size)));
    }

    @GetMapping("/api/staff/transfers")
    Flux<TransferView> queue(@RequestParam(required = false) List<TransferStatus> status,
            @RequestParam(defaultValue = "deadline") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return users.required().flatMapMany(user -> withUnread(user, queries.queue(user, statuses(status), order(sort), page, size)));
    }

    /** A list's rows, each with the caller's unread message count (from the messages' transferId index). */
    private Flux<TransferView> withUnread(CurrentUser user, Flux<TransferService.Visible> rows) {
        return rows.flatMapSequential(v -> messages.unread(user, v.transfer().id())
                .map(unread -> TransferView.of(v, now(), unread, false)), 4);
    }

    private java.time.Instant now() {
        return service.clockNow();
    }

    private static Set<TransferStatus> statuses(List<TransferStatus> status) {
        return status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
    }

    private static TransferQueries.Order order(String sort) {
        return switch (sort) {
            case "deadline" -> TransferQueries.Order.DEADLINE;
            case "newest" -> TransferQueries.Order.NEWEST;
            default -> throw new org.transferhub.shared.web.InvalidRequest("sort", "must be newest or deadline");
        };
    }
}
