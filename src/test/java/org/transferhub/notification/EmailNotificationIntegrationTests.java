package org.transferhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.account.Users;
import org.transferhub.notification.Notifier.Audience;
import org.transferhub.notification.Notifier.NotificationRequest;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.WithTestSmtp;
import reactor.core.publisher.Mono;

/** Email notifications end to end: the app talks SMTP to a real GreenMail server in this JVM. */
@IntegrationTest
class EmailNotificationIntegrationTests extends WithTestSmtp {

    @Autowired TestAccounts accounts;
    @Autowired Users users;
    @Autowired Notifier notifier;
    @Autowired DigestJob digests;
    @Autowired Mailer mailer;
    @Autowired Recipients recipients;
    @Autowired Notifications notifications;
    @Autowired EmailClaims claims;
    @Autowired EmailProperties properties;

    @Test
    void immediateEmailArrivesInTheReadersLanguageWithItsLink() throws Exception {
        User reader = requester("ru", EmailFrequency.IMMEDIATE);

        notify(reader, "transfer.ACCEPTED", "Application TA-1 was accepted", "/transfers/t-1");

        MimeMessage email = smtp.awaitOneEmailTo(reader);
        assertThat(email.getSubject()).isEqualTo(
                "[TransferHub] Обновление заявки на передачу технологии: Application TA-1 was accepted");
        assertThat(body(email)).contains("Здравствуйте").contains("https://portal.example.org/transfers/t-1");
    }

    @Test
    void weeklyDigestCollectsTheWeeksUnreadNotificationsIntoOneEmail() throws Exception {
        User reader = requester("zh", EmailFrequency.WEEKLY);
        notify(reader, "match.NEW_FOR_NEED", "New match: retinal camera screening", "/needs/n-1");
        notify(reader, "transfer.SUBMITTED", "Application TA-2 submitted", "/transfers/t-2");
        notify(reader, "need.EXPIRING", "Your need expires soon", "/needs/n-2");

        digests.run(Instant.now().plus(Duration.ofDays(7))).block();

        List<MimeMessage> received = smtp.emailsTo(reader);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("每周摘要").contains("3 条未读通知");
        assertThat(body(received.get(0))).contains("新的匹配: New match: retinal camera screening")
                .contains("https://portal.example.org/transfers/t-2").contains("您的需求: Your need expires soon");
    }

    @Test
    void offSendsNothingNeitherAtOnceNorInADigest() throws Exception {
        User silent = requester("en", EmailFrequency.OFF);
        User colleague = colleagueOf(silent, EmailFrequency.IMMEDIATE);

        notify(silent, "transfer.DECLINED", "Application TA-3 was declined", "/transfers/t-3");
        smtp.awaitOneEmailTo(colleague); // the notification's emails have gone out
        digests.run(Instant.now().plus(Duration.ofDays(1))).block();
        digests.run(Instant.now().plus(Duration.ofDays(7))).block();

        assertThat(smtp.emailsTo(silent)).isEmpty();
    }

    @Test
    void twoNodesRunningTheDigestAtOnceSendItOnce() throws Exception {
        User reader = requester("en", EmailFrequency.DAILY);
        notify(reader, "transfer.APPROVED", "Application TA-4 was approved", "/transfers/t-4");
        notify(reader, "transfer.AGREEMENT_SIGNED", "Agreement signed for TA-4", "/transfers/t-4");
        DigestJob otherNode = new DigestJob(mailer, recipients, notifications, claims, properties, Optional.empty());
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        Mono.zip(digests.run(tomorrow), otherNode.run(tomorrow)).block();
        Mono.zip(digests.run(tomorrow.plusSeconds(60)), otherNode.run(tomorrow.plusSeconds(60))).block();

        List<MimeMessage> received = smtp.emailsTo(reader);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo(
                "[TransferHub] Your TransferHub digest for %s: 2 unread notifications"
                        .formatted(DigestJob.Period.endedBefore(EmailFrequency.DAILY, tomorrow).start()));
    }

    @Test
    void aDigestClaimedByANodeThatDiedIsSentByAnotherAfterTheLease() throws Exception {
        User reader = requester("en", EmailFrequency.DAILY);
        notify(reader, "transfer.DEPLOYED", "TA-5 went live", "/transfers/t-5");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String key = DigestJob.Period.endedBefore(EmailFrequency.DAILY, tomorrow).key(reader.id());
        assertThat(claims.claim(key, reader.id(), "node-that-died", tomorrow).block()).isTrue();

        digests.run(tomorrow).block();
        assertThat(smtp.emailsTo(reader)).isEmpty(); // the claim is still within its lease

        digests.run(tomorrow.plus(properties.claimLease()).plusSeconds(1)).block();
        assertThat(smtp.emailsTo(reader)).hasSize(1);
    }

    @Test
    void usersChooseTheirEmailFrequencyAndBadValuesAreProblems() {
        TestAccounts.Session session = accounts.signInAs(Role.REQUESTER);
        session.get("/api/me").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.emailFrequency").isEqualTo("WEEKLY");

        session.patch("/api/me").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("emailFrequency", "DAILY"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.emailFrequency").isEqualTo("DAILY");
        session.patch("/api/me").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("emailFrequency", "HOURLY"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("emailFrequency");
        session.get("/api/me").exchange().expectBody().jsonPath("$.emailFrequency").isEqualTo("DAILY");
    }

    private User requester(String language, EmailFrequency frequency) {
        User user = accounts.createUser(Role.REQUESTER);
        return users.save(user.withProfile(null, language, frequency)).block();
    }

    private User colleagueOf(User user, EmailFrequency frequency) {
        User colleague = accounts.createUser("colleague-" + user.username(), java.util.Set.of(Role.REQUESTER),
                user.institutionId());
        return users.save(colleague.withProfile(null, "en", frequency)).block();
    }

    private void notify(User reader, String subject, String text, String link) {
        notifier.notify(new NotificationRequest(List.of(new Audience(reader.institutionId(), Role.REQUESTER)), null,
                subject, text, link)).block();
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return message.getContent().toString();
    }
}
