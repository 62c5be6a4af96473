package org.transferhub.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sessions and login throttling.
 *
 * @param sessionIdleTimeout a session ends after this long without a request
 * @param sessionAbsoluteTimeout a session ends this long after sign-in, however active
 * @param loginAttemptsPerAccount failed logins for one username within the window before 429
 * @param loginAttemptsPerAddress failed logins from one client address within the window before 429
 * @param loginThrottleWindow how long failures count against an account or address
 */
@ConfigurationProperties("transferhub.security")
public record SecurityProperties(
        @DefaultValue("30m") Duration sessionIdleTimeout,
        @DefaultValue("12h") Duration sessionAbsoluteTimeout,
        @DefaultValue("5") int loginAttemptsPerAccount,
        @DefaultValue("50") int loginAttemptsPerAddress,
        @DefaultValue("15m") Duration loginThrottleWindow) {
}
