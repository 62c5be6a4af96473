package org.transferhub.transfer;

import java.util.EnumSet;
import java.util.Set;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;

/** How a user relates to one application; a user may be several kinds at once (never requester and provider of the same one). */
public enum ActorKind {
    /** A REQUESTER of the applying institution. */
    REQUESTER,
    /** A PROVIDER of the institution that published the listing. */
    PROVIDER,
    /** Center staff (ADMIN included). */
    STAFF;

    /** The kinds this user is for this transfer; empty means the user may not even know it exists (404). */
    static Set<ActorKind> of(CurrentUser user, Transfer transfer) {
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        if (user.isStaff()) {
            kinds.add(STAFF);
        }
        if (user.institutionId() != null && user.has(Role.REQUESTER)
                && user.institutionId().equals(transfer.requesterInstitutionId())) {
            kinds.add(REQUESTER);
        }
        if (user.institutionId() != null && user.has(Role.PROVIDER)
                && user.institutionId().equals(transfer.providerInstitutionId())) {
            kinds.add(PROVIDER);
        }
        return kinds;
    }
}
