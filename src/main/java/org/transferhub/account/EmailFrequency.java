package org.transferhub.account;

/** How often a user wants email about their notifications (in-app notifications are always on). */
public enum EmailFrequency {
    /** One email per notification, as it happens. */
    IMMEDIATE,
    /** One digest a day (UTC) of the day's unread notifications. */
    DAILY,
    /** One digest a week (ISO week, UTC) of the week's unread notifications: the default. */
    WEEKLY,
    /** No email. */
    OFF;

    public static final EmailFrequency DEFAULT = WEEKLY;
}
