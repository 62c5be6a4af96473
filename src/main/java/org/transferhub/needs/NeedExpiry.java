package org.transferhub.needs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.transferhub.account.Role;
import org.transferhub.notification.Notifier;
import org.transferhub.notification.Notifier.Audience;
import org.transferhub.notification.Notifier.NotificationRequest;
import org.transferhub.shared.web.Conflict;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds owners of needs about to expire, then expires them. Runs on every node: each need is
 * changed through its @Version guard, so when two nodes race only one saves (and only it notifies);
 * the other's conflict is expected and skipped.
 */
@Component
class NeedExpiry {

    private static final Logger log = LoggerFactory.getLogger(NeedExpiry.class);

    private final ReactiveMongoTemplate mongo;
    private final NeedService service;
    private final NeedProperties properties;
    private final Notifier notifier;
    private final Clock clock;

    NeedExpiry(ReactiveMongoTemplate mongo, NeedService service, NeedProperties properties, Notifier notifier,
            Optional<Clock> clock) {
        this.mongo = mongo;
        this.service = service;
        this.properties = properties;
        this.notifier = notifier;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${transferhub.needs.expiry-check-interval:PT1H}", initialDelayString = "PT1M")
    void scheduled() {
        run().subscribe(count -> { }, e -> log.warn("Need expiry run failed", e));
    }

    /** One pass: reminders first, then expiries. Emits how many needs changed. */
    Mono<Long> run() {
        Instant now = clock.instant();
        Query dueForReminder = Query.query(Criteria.where("status").is(NeedStatus.OPEN).and("reminderSentAt").is(null)
                .and("expiresAt").lte(now.plus(properties.reminderBefore())).gt(now));
        Query dueForExpiry = Query.query(Criteria.where("status").is(NeedStatus.OPEN).and("expiresAt").lte(now));
        Flux<Need> reminded = mongo.find(dueForReminder, Need.class).concatMap(need -> guarded(need, () -> {
            need.remindOfExpiry(now);
            return service.saveSystemChange(need, "EXPIRY_REMINDED").flatMap(saved -> notifier.notify(
                    new NotificationRequest(List.of(new Audience(saved.institutionId(), Role.REQUESTER)), null,
                            "need.EXPIRING", "Your need \"" + title(saved) + "\" expires on " + saved.expiresAt()
                                    + "; open it again or close it", "/needs/" + saved.id())).thenReturn(saved));
        }));
        Flux<Need> expired = mongo.find(dueForExpiry, Need.class).concatMap(need -> guarded(need, () -> {
            need.expire(now);
            return service.saveSystemChange(need, "EXPIRED");
        }));
        return reminded.concatWith(expired).count();
    }

    private static Mono<Need> guarded(Need need, java.util.function.Supplier<Mono<Need>> change) {
        return Mono.defer(change).onErrorResume(e -> e instanceof OptimisticLockingFailureException || e instanceof Conflict,
                e -> Mono.empty());
    }

    private static String title(Need need) {
        String title = need.content().title();
        return title == null || title.isBlank() ? need.id() : title;
    }
}
