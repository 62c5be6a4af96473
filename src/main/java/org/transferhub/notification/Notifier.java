package org.transferhub.notification;

import reactor.core.publisher.Mono;

/**
 * How features tell people that something happened. The implementation stores a notification
 * document per audience (in-app, live); each reader's email frequency then decides whether it is also
 * emailed at once ({@code ImmediateEmails}) or in a daily or weekly digest ({@code DigestJob}).
 */
public interface Notifier {

    /** Delivers the notification; failures are logged, never raised to the caller's business flow. */
    Mono<Void> notify(NotificationRequest request);

    /**
     * @param audiences who should see it (an institution's users of one role, all staff, or one user)
     * @param actorUserId the user who caused it: not notified about their own action (may be null)
     * @param subject a short machine-readable key, e.g. {@code transfer.ACCEPTED}
     * @param text a short human-readable line
     * @param link the API or UI path of the thing, e.g. {@code /transfers/{id}}
     */
    record NotificationRequest(java.util.List<Audience> audiences, String actorUserId, String subject,
            String text, String link) {}

    /**
     * An institution's users with a role, (institutionId null, role STAFF) all Center staff, or one user
     * (userId set, the others null) for what only concerns them, such as their saved-search alerts.
     */
    record Audience(String institutionId, org.transferhub.account.Role role, String userId) {

        public Audience(String institutionId, org.transferhub.account.Role role) {
            this(institutionId, role, null);
        }

        public static Audience staff() {
            return new Audience(null, org.transferhub.account.Role.STAFF);
        }

        public static Audience user(String userId) {
            return new Audience(null, null, java.util.Objects.requireNonNull(userId, "userId"));
        }
    }
}
