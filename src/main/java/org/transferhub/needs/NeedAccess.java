package org.transferhub.needs;

import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.needs.NeedCodes.Visibility;

/** Who may see and who may change a need. Not seeing it means 404: its existence stays private. */
public final class NeedAccess {

    private NeedAccess() {}

    public static boolean isOwner(CurrentUser user, Need need) {
        return user.institutionId() != null && user.institutionId().equals(need.institutionId());
    }

    public static boolean canSee(CurrentUser user, Need need) {
        if (isOwner(user, need)) {
            return true;
        }
        if (need.isDraft()) {
            return false;
        }
        if (user.isStaff()) {
            return true;
        }
        return user.has(Role.PROVIDER) && onBoard(need);
    }

    /** Providers see open (and matched) needs that are not staff-only. */
    public static boolean onBoard(Need need) {
        return (need.status() == NeedStatus.OPEN || need.status() == NeedStatus.MATCHED)
                && need.visibility() != Visibility.STAFF_ONLY;
    }

    /** Whether this viewer may learn which institution posted the need. */
    public static boolean seesInstitution(CurrentUser user, Need need) {
        return isOwner(user, need) || user.isStaff() || need.visibility() == Visibility.PUBLIC;
    }
}
