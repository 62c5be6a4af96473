package org.transferhub.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param streamPollInterval how often a live stream looks for new notifications in MongoDB; polling
 *     the shared database (rather than an in-memory bus) is what lets several app nodes serve streams
 * @param streamHeartbeat comment lines that keep idle proxies from closing the stream
 */
@ConfigurationProperties("transferhub.notifications")
public record NotificationProperties(
        @DefaultValue("2s") Duration streamPollInterval,
        @DefaultValue("25s") Duration streamHeartbeat) {}
