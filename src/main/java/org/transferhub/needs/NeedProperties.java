package org.transferhub.needs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param openPeriod how long a need stays open before it expires
 * @param reminderBefore how long before expiry the owner is reminded
 * @param expiryCheckInterval how often each node looks for needs to remind or expire
 */
@ConfigurationProperties("transferhub.needs")
public record NeedProperties(
        @DefaultValue("P180D") Duration openPeriod,
        @DefaultValue("P14D") Duration reminderBefore,
        @DefaultValue("PT1H") Duration expiryCheckInterval) {}
