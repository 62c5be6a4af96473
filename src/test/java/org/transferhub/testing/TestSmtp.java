package org.transferhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.transferhub.account.User;

/** A real SMTP server (GreenMail) in the test JVM on a free port, and the application pointed at it. */
public final class TestSmtp {

    public static final String BASE_URL = "https://portal.example.org";

    private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private TestSmtp() {}

    private static TestSmtp shared;

    /** The one server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized TestSmtp shared() {
        if (shared == null) {
            shared = new TestSmtp();
            shared.server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop, "test-smtp-stop"));
        }
        return shared;
    }

    /** For a {@code @DynamicPropertySource}: the app sends its mail here, links start with {@link #BASE_URL}. */
    public void configure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
        registry.add("spring.mail.properties[mail.smtp.auth]", () -> "false");
        registry.add("spring.mail.properties[mail.smtp.starttls.enable]", () -> "false");
        registry.add("transferhub.notifications.email.base-url", () -> BASE_URL);
    }

    public List<MimeMessage> emailsTo(User user) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, user)).toList();
    }

    /** Waits (up to a generous bound, not a timing assertion) for the background send; exactly one arrived. */
    public MimeMessage awaitOneEmailTo(User user) throws InterruptedException {
        return awaitEmailsTo(user, 1).getFirst();
    }

    /** Waits for the background sends until {@code count} emails reached the user; exactly that many did. */
    public List<MimeMessage> awaitEmailsTo(User user, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (emailsTo(user).size() < count && Instant.now().isBefore(deadline)) {
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        List<MimeMessage> received = emailsTo(user);
        assertThat(received).hasSize(count);
        return received;
    }

    private static boolean isTo(MimeMessage message, User user) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(user.email()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
