package org.transferhub.needs;

import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.Forbidden;
import org.transferhub.shared.web.NotFound;

/** The domain facts the needs feature reports. */
public final class NeedErrors {

    private NeedErrors() {}

    /** No such need, or the caller may not know it exists. */
    public static class NeedNotFound extends NotFound {
        public NeedNotFound(String id) {
            super("Need", id);
        }
    }

    public static class NeedInWrongState extends Conflict {
        NeedInWrongState(String id, NeedStatus status, String action) {
            super("Need " + id + " is " + status + " and cannot be " + action);
        }
    }

    public static class StaleNeedVersion extends org.transferhub.shared.web.ApiException {
        StaleNeedVersion(String id) {
            super(org.transferhub.shared.web.ProblemType.STALE_VERSION,
                    "Need " + id + " was changed by someone else since you loaded it; reload and apply your change again");
        }
    }

    public static class NotOwner extends Forbidden {
        NotOwner() {
            super("Only the institution that posted this need may change it");
        }
    }

    public static class CannotPostNeeds extends Forbidden {
        CannotPostNeeds(String why) {
            super(why);
        }
    }
}
