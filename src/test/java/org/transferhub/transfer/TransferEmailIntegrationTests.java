package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.account.Users;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestSmtp;
import org.transferhub.testing.WithTestSmtp;

/**
 * A state change of an application reaches the people concerned by email, through the whole path:
 * the HTTP step, the guarded transition, the notification, the reader's frequency and a real SMTP server.
 */
@IntegrationTest
@Import(TransferFakes.class)
class TransferEmailIntegrationTests extends WithTestSmtp {

    @Autowired ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;
    @Autowired TestAccounts accounts;
    @Autowired Users users;

    @Test
    void theRequestersColleagueIsEmailedAtOnceWhenTheProviderAcceptsAndAWeeklyReaderIsNot() throws Exception {
        Scenario s = new Scenario(Parties.boundTo(context), catalog, institutions);
        User immediate = colleague(s.requester.institutionId(), "ru", EmailFrequency.IMMEDIATE);
        User weekly = colleague(s.requester.institutionId(), "en", EmailFrequency.WEEKLY);

        String id = s.apply();
        smtp.awaitOneEmailTo(immediate); // the application was submitted
        s.accept(id);

        List<MimeMessage> received = smtp.awaitEmailsTo(immediate, 2);
        MimeMessage accepted = received.get(1);
        assertThat(accepted.getSubject()).startsWith("[TransferHub] Обновление заявки на передачу технологии: ")
                .contains("ACCEPTED");
        assertThat(accepted.getContent().toString()).contains(TestSmtp.BASE_URL + "/transfers/" + id);
        assertThat(smtp.emailsTo(weekly)).isEmpty();
    }

    private User colleague(String institutionId, String language, EmailFrequency frequency) {
        User user = accounts.createUser("mail-" + language + "-" + System.nanoTime(), Set.of(Role.REQUESTER),
                institutionId);
        return users.save(user.withProfile(null, language, frequency)).block();
    }
}
