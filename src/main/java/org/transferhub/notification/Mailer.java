package org.transferhub.notification;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Sends one plain-text email through the configured SMTP server, off the event loop; off without a host. */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final EmailProperties properties;

    Mailer(ObjectProvider<JavaMailSender> sender, MailProperties mail, EmailProperties properties) {
        this.properties = properties;
        boolean configured = mail.getHost() != null && !mail.getHost().isBlank();
        this.sender = configured ? sender.getIfAvailable() : null;
        if (this.sender == null) {
            log.info("Email notifications are off: no SMTP host configured (set SMTP_HOST to turn them on)");
        } else {
            log.info("Email notifications go through {}:{} from {}", mail.getHost(), mail.getPort(), properties.from());
        }
    }

    boolean enabled() {
        return sender != null;
    }

    Mono<Void> send(String to, String subject, String body) {
        if (sender == null) {
            return Mono.empty();
        }
        return Mono.<Void>fromRunnable(() -> {
            MimeMessage message = sender.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(properties.from());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body, false);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalArgumentException("Cannot build email to " + to, e);
            }
            sender.send(message);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
