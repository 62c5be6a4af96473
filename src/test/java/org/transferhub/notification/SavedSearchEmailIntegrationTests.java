package org.transferhub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.account.Users;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.matching.MatchingTestConfiguration;
import org.transferhub.matching.MatchingTestConfiguration.FakeCatalog;
import org.transferhub.matching.MatchingTestConfiguration.ListingSpec;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.WithTestSmtp;
import org.transferhub.testing.TestAccounts.Session;

/**
 * Saved-search alerts reach their user like any other notification: in-app at once and by email per
 * the user's email frequency, through a real GreenMail SMTP server in this JVM.
 */
@IntegrationTest
@Import(MatchingTestConfiguration.class)
class SavedSearchEmailIntegrationTests extends WithTestSmtp {

    @Autowired TestAccounts accounts;
    @Autowired Users users;
    @Autowired FakeCatalog catalog;
    @Autowired List<ListingChangeListener> listeners;
    @Autowired DigestJob digests;

    final List<ListingSpec> published = new ArrayList<>();

    @Test
    void anImmediateReaderIsEmailedOnceOfANewListingForTheirSavedSearch() throws Exception {
        User reader = user("ru", EmailFrequency.IMMEDIATE);
        Session session = accounts.signIn(reader.username(), TestAccounts.PASSWORD);
        saveSearch(session, "Скрининг ретинопатии", "фундус-камера для скрининга диабетической ретинопатии", "ru");
        ListingSpec fitting = ListingSpec.of(catalog.nextId(), "P-1", "zh", "糖尿病视网膜病变筛查",
                "使用眼底照相机开展糖尿病视网膜病变筛查。");

        publish(fitting);
        publish(fitting.changed("PUBLISHED", "糖尿病视网膜病变筛查", List.of("DIABETES")));

        MimeMessage email = smtp.awaitOneEmailTo(reader);
        assertThat(email.getSubject()).startsWith("[TransferHub] Новая технология по сохранённому поиску: ")
                .contains("Скрининг ретинопатии").contains("糖尿病视网膜病变筛查");
        assertThat(email.getContent().toString()).contains("https://portal.example.org/catalog/" + fitting.id());
        session.get("/api/notifications").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.subject == 'search.NEW_LISTING')].link")
                .isEqualTo(List.of("/catalog/" + fitting.id()));
        // Only the search's owner sees it, not their colleagues at the same institution.
        Session colleague = accounts.signIn(accounts.createUser("colleague-" + reader.username(),
                java.util.Set.of(Role.REQUESTER), reader.institutionId()).username(), TestAccounts.PASSWORD);
        colleague.get("/api/notifications").exchange().expectBody()
                .jsonPath("$[?(@.subject == 'search.NEW_LISTING')]").isEmpty();
    }

    @Test
    void aWeeklyReaderFindsTheAlertInTheWeeklyDigestAndAnOffReaderGetsNoEmail() throws Exception {
        User weekly = user("en", EmailFrequency.WEEKLY);
        User off = user("en", EmailFrequency.OFF);
        saveSearch(accounts.signIn(weekly.username(), TestAccounts.PASSWORD), "Insulin pumps", "insulin pump", "en");
        saveSearch(accounts.signIn(off.username(), TestAccounts.PASSWORD), "Insulin pumps", "insulin pump", "en");
        ListingSpec pump = ListingSpec.of(catalog.nextId(), "P-2", "en", "Closed-loop insulin pump",
                "An insulin pump with a continuous glucose sensor for type 1 diabetes.");

        publish(pump);
        assertThat(smtp.emailsTo(weekly)).isEmpty(); // not at once
        digests.run(Instant.now().plus(Duration.ofDays(7))).block();

        List<MimeMessage> digest = smtp.emailsTo(weekly);
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).getContent().toString())
                .contains("New listing for your saved search: \"Insulin pumps\": ").contains("Closed-loop insulin pump")
                .contains("https://portal.example.org/catalog/" + pump.id());
        assertThat(smtp.emailsTo(off)).isEmpty();
    }

    @AfterEach
    void archiveWhatThisTestPublished() {
        published.forEach(spec -> changed(catalog.put(spec.changed("ARCHIVED", spec.title(), spec.diseaseAreas()).build())));
        published.clear();
    }

    private User user(String language, EmailFrequency frequency) {
        return users.save(accounts.createUser(Role.REQUESTER).withProfile(null, language, frequency)).block();
    }

    private static void saveSearch(Session session, String name, String text, String language) {
        session.post("/api/saved-searches").bodyValue(Map.of("name", name, "text", text, "language", language))
                .exchange().expectStatus().isCreated();
    }

    private void publish(ListingSpec spec) {
        published.add(spec);
        changed(catalog.put(spec.build()));
    }

    private void changed(IndexableListing listing) {
        listeners.forEach(listener -> listener.listingsChanged(List.of(listing.id())).block());
    }
}
