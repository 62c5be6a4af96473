package org.transferhub.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start-up when no admin exists
 * ({@code TRANSFERHUB_ADMIN_USERNAME}, {@code TRANSFERHUB_ADMIN_PASSWORD}). No password, no admin:
 * there is no default account in production.
 */
@ConfigurationProperties("transferhub.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {
}
