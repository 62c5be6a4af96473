package org.transferhub.notification;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores one notification document per audience; the stream endpoint delivers them live. Readers who
 * chose IMMEDIATE email get it by email too, in the background (the caller's flow never waits for SMTP);
 * the others get it in their digest ({@link DigestJob}).
 */
@Component
class InAppNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(InAppNotifier.class);

    private final ReactiveMongoTemplate mongo;
    private final ImmediateEmails emails;
    private final Clock clock;

    InAppNotifier(ReactiveMongoTemplate mongo, ImmediateEmails emails, java.util.Optional<Clock> clock) {
        this.mongo = mongo;
        this.emails = emails;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public Mono<Void> notify(NotificationRequest request) {
        return Flux.fromIterable(request.audiences())
                .map(a -> new Notification(null, a.institutionId(), a.role(), a.userId(), request.actorUserId(),
                        request.subject(), request.text(), request.link(), clock.instant(), Set.of()))
                .flatMap(mongo::insert)
                .doOnNext(this::emailInBackground)
                .then()
                .onErrorResume(e -> {
                    log.warn("Could not store notification {}: {}", request.subject(), e.toString());
                    return Mono.empty();
                });
    }

    private void emailInBackground(Notification stored) {
        emails.send(stored).subscribe(sent -> { },
                e -> log.warn("Could not email notification {}: {}", stored.id(), e.toString()));
    }
}
