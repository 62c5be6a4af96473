package org.transferhub.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.User;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Email digests: for each DAILY or WEEKLY user, one email per ended period (UTC day, ISO week) listing
 * the period's notifications still unread. Every node runs it; {@link EmailClaims} lets exactly one node
 * send each user's digest for each period, and a digest that no node confirmed (a restart, a failed
 * send, a node that died after claiming) is sent by a later run during the next period.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    static final int MAX_ITEMS = 100;

    private final Mailer mailer;
    private final Recipients recipients;
    private final Notifications notifications;
    private final EmailClaims claims;
    private final EmailProperties properties;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    DigestJob(Mailer mailer, Recipients recipients, Notifications notifications, EmailClaims claims,
            EmailProperties properties, Optional<Clock> clock) {
        this.mailer = mailer;
        this.recipients = recipients;
        this.notifications = notifications;
        this.claims = claims;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${transferhub.notifications.email.digest-check-interval:PT15M}",
            initialDelayString = "PT1M")
    void scheduled() {
        run(clock.instant()).subscribe(sent -> {
            if (sent > 0) {
                log.info("Sent {} email digests", sent);
            }
        }, e -> log.warn("Email digest run failed", e));
    }

    /** The period that ended last before {@code now}, for one frequency. */
    record Period(EmailFrequency frequency, LocalDate start, LocalDate end) {

        static Period endedBefore(EmailFrequency frequency, Instant now) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            return frequency == EmailFrequency.DAILY
                    ? new Period(frequency, today.minusDays(1), today)
                    : new Period(frequency, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1),
                            today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }

        String key(String userId) {
            return userId + ":digest:" + frequency + ":" + start;
        }

        Instant from() {
            return start.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant to() {
            return end.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** One pass over the periods that ended before {@code now}; emits how many digests this node sent. */
    Mono<Long> run(Instant now) {
        if (!mailer.enabled()) {
            return Mono.just(0L);
        }
        return Flux.fromIterable(List.of(EmailFrequency.DAILY, EmailFrequency.WEEKLY))
                .map(frequency -> Period.endedBefore(frequency, now))
                .concatMap(period -> recipients.withFrequency(period.frequency())
                        .concatMap(user -> digest(user, period, now)))
                .filter(sent -> sent)
                .count();
    }

    private Mono<Boolean> digest(User user, Period period, Instant now) {
        String key = period.key(user.id());
        return claims.settled(key).filter(settled -> !settled)
                .flatMap(open -> claims.claim(key, user.id(), node, now))
                .filter(won -> won)
                .flatMap(won -> notifications.unreadBetween(user.currentUser(), period.from(), period.to(), MAX_ITEMS)
                        .collectList()
                        .flatMap(items -> send(user, period, items).then(claims.confirm(key, node, now,
                                items.size())).thenReturn(!items.isEmpty())))
                .onErrorResume(e -> {
                    log.warn("Could not send the {} digest to user {}: {}", period.frequency(), user.id(), e.toString());
                    return claims.release(key, node).thenReturn(false);
                })
                .defaultIfEmpty(false);
    }

    private Mono<Void> send(User user, Period period, List<Notification> items) {
        if (items.isEmpty()) {
            return Mono.empty();
        }
        EmailTexts texts = EmailTexts.of(user.language(), properties.baseUrl());
        return mailer.send(user.email(), texts.digestSubject(period.frequency().name(), period.start(), items.size()),
                texts.digestBody(items, ImmediateEmails.name(user)));
    }
}
