package org.transferhub.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email notifications. The SMTP server itself is Spring Boot's {@code spring.mail.*} (SMTP_HOST, …);
 * with no host, email is off.
 *
 * @param from the sender address (MAIL_FROM)
 * @param baseUrl the portal's public address, prefixed to the links in emails (PUBLIC_URL)
 * @param digestCheckInterval how often each node looks for digests that are due; a digest is due once
 *     its period (a UTC day or ISO week) has ended, so a restart only delays it
 * @param claimLease how long a node's claim on one email may stay unconfirmed before another node may
 *     take it over (a node that died between claiming and sending)
 */
@ConfigurationProperties("transferhub.notifications.email")
public record EmailProperties(
        @DefaultValue("TransferHub <no-reply@transferhub.local>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("15m") Duration digestCheckInterval,
        @DefaultValue("10m") Duration claimLease) {}
