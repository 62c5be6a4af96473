package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.transferhub.account.Role;
import org.transferhub.notification.Notifier;
import org.transferhub.notification.Notifier.Audience;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds whoever has to act on an overdue application, and requesters of overdue follow-up
 * reports, once per deadline. Every node runs this job; each reminder is claimed by a guarded
 * update that sets {@code remindedAt} only while it is unset, so exactly one node sends it.
 * A status change clears {@code remindedAt}, so the next deadline is reminded again.
 */
@Component
class TransferReminders {

    private static final Logger log = LoggerFactory.getLogger(TransferReminders.class);

    private final Transfers transfers;
    private final ReactiveMongoTemplate mongo;
    private final TransferService service;
    private final Notifier notifier;

    TransferReminders(Transfers transfers, ReactiveMongoTemplate mongo, TransferService service, Notifier notifier) {
        this.transfers = transfers;
        this.mongo = mongo;
        this.service = service;
        this.notifier = notifier;
    }

    @Scheduled(initialDelayString = "${transferhub.transfers.reminder-interval:1h}",
            fixedDelayString = "${transferhub.transfers.reminder-interval:1h}")
    void scheduled() {
        sendDue().doOnNext(sent -> {
            if (sent > 0) {
                log.info("Sent {} transfer reminders", sent);
            }
        }).onErrorResume(e -> {
            log.warn("Reminder run failed; the next run retries: {}", e.toString());
            return Mono.empty();
        }).block();
    }

    /** Sends the reminders this node wins; returns how many it sent. */
    Mono<Long> sendDue() {
        Instant now = service.now();
        Mono<Long> steps = transfers.overdueUnreminded(now)
                .flatMap(t -> transfers.claimReminder(t, now), 4)
                .flatMap(t -> notify(t, responsible(t), "transfer.overdue",
                        "Overdue: the application is " + t.status() + " since " + t.statusChangedAt()).thenReturn(1))
                .count();
        Mono<Long> followUps = Flux.fromIterable(service.properties().followUpMonths())
                .flatMap(months -> overdueFollowUps(months, now))
                .count();
        return Mono.zip(steps, followUps, Long::sum);
    }

    private Flux<Integer> overdueFollowUps(int months, Instant now) {
        String key = "followUps.m" + months;
        var guard = where("status").is(TransferStatus.COMPLETED).and(key + ".dueAt").lt(now)
                .and(key + ".submittedAt").is(null).and(key + ".remindedAt").is(null);
        return mongo.find(query(guard), Transfer.class)
                .flatMap(t -> mongo.findAndModify(query(where("_id").is(t.id()).andOperator(guard)),
                        new Update().set(key + ".remindedAt", now), FindAndModifyOptions.options().returnNew(true),
                        Transfer.class), 4)
                .flatMap(t -> notify(t, List.of(new Audience(t.requesterInstitutionId(), Role.REQUESTER), Audience.staff()),
                        "transfer.follow-up-overdue", "The " + months + "-month follow-up report is overdue").thenReturn(1));
    }

    /** Whose turn it is in each open status; staff always hear about overdue items. */
    static List<Audience> responsible(Transfer t) {
        Audience requester = new Audience(t.requesterInstitutionId(), Role.REQUESTER);
        Audience provider = new Audience(t.providerInstitutionId(), Role.PROVIDER);
        List<Audience> audiences = new ArrayList<>(switch (t.status()) {
            case SUBMITTED, AGREEMENT_SIGNED -> List.of(provider);
            case INFO_REQUESTED, DEPLOYED -> List.of(requester);
            case STAFF_INFO_REQUESTED -> List.of(t.infoRequestedFrom() == ActorKind.PROVIDER ? provider : requester);
            case APPROVED, TRAINING_DELIVERED -> List.of(requester, provider);
            default -> List.<Audience>of();
        });
        audiences.add(Audience.staff());
        return audiences;
    }

    private Mono<Void> notify(Transfer t, List<Audience> audiences, String subject, String text) {
        return notifier.notify(new Notifier.NotificationRequest(audiences, null, subject, text, "/transfers/" + t.id()));
    }
}
