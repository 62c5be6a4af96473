package org.transferhub.catalog;

import org.transferhub.account.CurrentUser;

/** Who did something to a listing, as the history records it. */
public record Actor(String userId, String name) {

    public static final Actor SYSTEM = new Actor("system", "TransferHub");

    public static Actor of(CurrentUser user) {
        return new Actor(user.userId(), user.displayName() == null ? user.username() : user.displayName());
    }
}
