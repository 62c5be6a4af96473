package org.transferhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Idle and absolute session expiry, without waiting for either. */
class MongoWebSessionTests {

    private final Instant start = Instant.parse("2026-11-23T08:00:00Z");
    private final SecurityProperties properties = new SecurityProperties(Duration.ofMinutes(30), Duration.ofHours(12),
            5, 50, Duration.ofMinutes(15));
    private final MongoWebSessionStore store = new MongoWebSessionStore(null, properties, Clock.fixed(start, ZoneOffset.UTC));

    @Test
    void sessionExpiresAfterThirtyIdleMinutes() {
        MongoWebSession session = (MongoWebSession) store.createWebSession().block();
        assertThat(session.isExpired(start.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(session.isExpired(start.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void activeSessionStillEndsTwelveHoursAfterItBegan() {
        MongoWebSession session = (MongoWebSession) store.createWebSession().block();
        Instant almostTwelveHours = start.plus(Duration.ofHours(12)).minus(Duration.ofMinutes(5));
        session.touch(almostTwelveHours);
        assertThat(session.isExpired(almostTwelveHours.plus(Duration.ofMinutes(4)))).isFalse();
        assertThat(session.isExpired(start.plus(Duration.ofHours(12)))).isTrue();
        assertThat(session.expiresAt()).isEqualTo(start.plus(Duration.ofHours(12)));
    }

    @Test
    void changingTheIdGivesAnUnguessableNewOne() {
        MongoWebSession session = (MongoWebSession) store.createWebSession().block();
        String before = session.getId();
        session.changeSessionId().block();
        assertThat(session.getId()).isNotEqualTo(before).hasSizeGreaterThanOrEqualTo(43);
    }
}
