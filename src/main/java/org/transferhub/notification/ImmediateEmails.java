package org.transferhub.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.User;
import reactor.core.publisher.Mono;

/** One email per notification to each of its readers who chose IMMEDIATE; claimed first, so sent once. */
@Component
class ImmediateEmails {

    private static final Logger log = LoggerFactory.getLogger(ImmediateEmails.class);

    private final Mailer mailer;
    private final Recipients recipients;
    private final EmailClaims claims;
    private final EmailProperties properties;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    ImmediateEmails(Mailer mailer, Recipients recipients, EmailClaims claims, EmailProperties properties,
            Optional<Clock> clock) {
        this.mailer = mailer;
        this.recipients = recipients;
        this.claims = claims;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Sends to every IMMEDIATE reader; emits how many emails went out. Failures are logged per reader. */
    Mono<Long> send(Notification n) {
        if (!mailer.enabled()) {
            return Mono.just(0L);
        }
        return recipients.of(n, EmailFrequency.IMMEDIATE)
                .concatMap(user -> sendTo(user, n))
                .count();
    }

    private Mono<Boolean> sendTo(User user, Notification n) {
        String key = user.id() + ":notification:" + n.id();
        EmailTexts texts = EmailTexts.of(user.language(), properties.baseUrl());
        return claims.claim(key, user.id(), node, clock.instant()).filter(won -> won)
                .flatMap(won -> mailer.send(user.email(), texts.immediateSubject(n), texts.immediateBody(n, name(user)))
                        .then(claims.confirm(key, node, clock.instant(), 1))
                        .thenReturn(true)
                        .onErrorResume(e -> {
                            log.warn("Could not email notification {} to user {}: {}", n.id(), user.id(), e.toString());
                            return claims.release(key, node).thenReturn(false);
                        }));
    }

    static String name(User user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }
}
