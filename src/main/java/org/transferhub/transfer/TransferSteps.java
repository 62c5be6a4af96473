package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Mono;

/** One method per step of {@link TransferAction}: each records its own facts in the same guarded write. */
@Service
public class TransferSteps {

    private final TransferService service;
    private final Transfers transfers;

    TransferSteps(TransferService service, Transfers transfers) {
        this.service = service;
        this.transfers = transfers;
    }

    /** Steps that carry only a comment or reason: information requests and answers, approve, reject, withdraw, cancel. */
    public Mono<Transfer> simple(CurrentUser user, String id, TransferAction action, String comment) {
        return switch (action) {
            case PROVIDER_REQUEST_INFO, REQUESTER_PROVIDE_INFO, ANSWER_STAFF, REJECT, WITHDRAW, CANCEL ->
                    service.perform(user, id, action, comment, t -> new Update());
            case APPROVE -> service.perform(user, id, action, comment, t -> new Update().set("approvedAt", service.now()));
            case CONFIRM_COMPLETION -> service.perform(user, id, action, comment, t -> new Update());
            case CLOSE -> service.perform(user, id, action, comment, this::completion);
            default -> throw new IllegalArgumentException(action + " needs its own facts");
        };
    }

    public Mono<Transfer> staffRequestInfo(CurrentUser user, String id, ActorKind from, String question) {
        if (from == ActorKind.STAFF) {
            return Mono.error(new InvalidRequest("from", "must be REQUESTER or PROVIDER"));
        }
        return service.perform(user, id, TransferAction.STAFF_REQUEST_INFO, question,
                t -> new Update().set("infoRequestedFrom", from));
    }

    public Mono<Transfer> accept(CurrentUser user, String id, String terms, String trainingPlan) {
        return service.perform(user, id, TransferAction.ACCEPT, null, t -> new Update()
                .set("acceptance", new Milestones.Acceptance(terms, trainingPlan, user.userId(), service.now()))
                .set("acceptedAt", service.now()));
    }

    public Mono<Transfer> decline(CurrentUser user, String id, Milestones.DeclineReason code, String text) {
        return service.perform(user, id, TransferAction.DECLINE, text, t -> new Update()
                .set("decline", new Milestones.Decline(code, text, user.userId(), service.now())));
    }

    public Mono<Transfer> signAgreement(CurrentUser user, String id, Milestones.AgreementKind kind, LocalDate signedOn,
            BigDecimal value, String currency) {
        if (value != null && currency == null) {
            return Mono.error(new InvalidRequest("currency", "is required when a value is given"));
        }
        return service.perform(user, id, TransferAction.SIGN_AGREEMENT, null, t -> new Update()
                .set("agreement", new Milestones.Agreement(kind, signedOn, value, currency, user.userId(), service.now())));
    }

    public Mono<Transfer> recordTraining(CurrentUser user, String id, int professionalsTrained, List<String> professions,
            int certificatesIssued, LocalDate deliveredOn) {
        return service.perform(user, id, TransferAction.RECORD_TRAINING, null, t -> new Update()
                .set("training", new Milestones.Training(professionalsTrained, professions, certificatesIssued,
                        deliveredOn, user.userId(), service.now())));
    }

    public Mono<Transfer> recordDeployment(CurrentUser user, String id, LocalDate goLiveOn, String note) {
        return service.perform(user, id, TransferAction.RECORD_DEPLOYMENT, note, t -> new Update()
                .set("deployment", new Milestones.Deployment(goLiveOn, note, user.userId(), service.now())));
    }

    /** Closing completes the transfer and schedules its follow-up reports. */
    private Update completion(Transfer t) {
        var now = service.now();
        Map<String, FollowUp> followUps = new LinkedHashMap<>();
        for (int months : service.properties().followUpMonths()) {
            var due = now.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
            followUps.put("m" + months, FollowUp.due(months, due));
        }
        return new Update().set("completedAt", now).set("followUps", followUps);
    }

    /** The requester files a follow-up report once; a second filing of the same report is 409. */
    public Mono<Transfer> submitFollowUp(CurrentUser user, String id, int months, int patientsTreated,
            String keyOutcome, String adverseEvents) {
        String key = "followUps.m" + months;
        return service.visible(user, id).flatMap(v -> {
            if (!v.kinds().contains(ActorKind.REQUESTER)) {
                return Mono.error(new NotAllowedOnTransfer("Only the requesting institution files follow-up reports"));
            }
            if (v.transfer().status() != TransferStatus.COMPLETED || !v.transfer().followUps().containsKey("m" + months)) {
                return Mono.error(new TransferStateConflict("No " + months + "-month follow-up report is due"));
            }
            return transfers.updateIf(where("_id").is(id).and(key + ".submittedAt").is(null), new Update()
                            .set(key + ".patientsTreated", patientsTreated)
                            .set(key + ".keyOutcome", keyOutcome)
                            .set(key + ".adverseEvents", adverseEvents)
                            .set(key + ".submittedBy", user.userId())
                            .set(key + ".submittedAt", service.now()))
                    .switchIfEmpty(Mono.error(() -> new TransferStateConflict(
                            "The " + months + "-month follow-up report was already submitted")));
        });
    }
}
