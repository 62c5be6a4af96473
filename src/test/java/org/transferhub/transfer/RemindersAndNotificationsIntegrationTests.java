package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

@IntegrationTest
@Import(TransferFakes.class)
class RemindersAndNotificationsIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;
    @Autowired TransferFakes.MutableClock clock;
    @Autowired TransferReminders reminders;

    Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario(Parties.boundTo(context), catalog, institutions);
    }

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    List<Map<String, Object>> notifications(WebTestClient client) {
        return client.get().uri("/api/notifications").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).returnResult().getResponseBody();
    }

    long subjects(WebTestClient client, String subject) {
        return notifications(client).stream().filter(n -> subject.equals(n.get("subject"))).count();
    }

    @Test
    void remindsAnOverdueApplicationOnceEvenWhenTwoNodesRunTheJobAtOnce() {
        Instant applied = Instant.now();
        clock.set(applied);
        String id = s.apply();
        clock.set(applied.plus(Duration.ofDays(15)));

        s.asStaff.get().uri("/api/transfers/{id}", id).exchange().expectBody().jsonPath("$.overdue").isEqualTo(true);
        Mono.zip(reminders.sendDue().subscribeOn(Schedulers.parallel()),
                reminders.sendDue().subscribeOn(Schedulers.parallel())).block();
        reminders.sendDue().block();

        assertThat(subjects(s.asProvider, "transfer.overdue")).isEqualTo(1);
        assertThat(subjects(s.asRequester, "transfer.overdue")).isZero();
    }

    @Test
    void remindsAnOverdueFollowUpReportOnce() {
        Instant start = Instant.now();
        clock.set(start);
        String id = s.apply();
        s.accept(id);
        s.approve(id);
        s.deliver(id, 3);
        clock.set(start.plus(Duration.ofDays(200)));

        s.asRequester.get().uri("/api/transfers/{id}", id).exchange().expectBody()
                .jsonPath("$.followUpOverdue").isEqualTo(true);
        reminders.sendDue().block();
        reminders.sendDue().block();

        assertThat(subjects(s.asRequester, "transfer.follow-up-overdue")).isEqualTo(1);
    }

    @Test
    void notifiesTheOtherPartiesInAppAndCountsUnread() {
        String id = s.apply();

        assertThat(subjects(s.asProvider, "transfer.SUBMITTED")).isEqualTo(1);
        assertThat(subjects(s.asRequester, "transfer.SUBMITTED")).isZero();
        assertThat(subjects(s.asStranger, "transfer.SUBMITTED")).isZero();
        s.accept(id);
        s.asRequester.get().uri("/api/notifications/unread-count").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.count").isEqualTo(1);

        String notification = notifications(s.asRequester).getFirst().get("id").toString();
        s.asStranger.post().uri("/api/notifications/{id}/read", notification).exchange().expectStatus().isNotFound();
        s.asRequester.post().uri("/api/notifications/{id}/read", notification).exchange().expectStatus().isNoContent();
        s.asRequester.get().uri("/api/notifications/unread-count").exchange().expectBody().jsonPath("$.count").isEqualTo(0);
        s.asProvider.post().uri("/api/notifications/read-all").exchange().expectStatus().isNoContent();
        s.asProvider.get().uri("/api/notifications?unread=true").exchange().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void streamsNewNotificationsLive() {
        String id = s.apply();
        var events = s.asRequester.get().uri("/api/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {})
                .getResponseBody()
                .filter(e -> e.data() != null);

        StepVerifier.create(events)
                .then(() -> s.accept(id))
                .assertNext(e -> assertThat(e.data()).containsEntry("subject", "transfer.ACCEPTED"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }
}
