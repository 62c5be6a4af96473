package org.transferhub.catalog;

import org.transferhub.shared.web.ApiException;
import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.NotFound;
import org.transferhub.shared.web.ProblemType;

/** The facts the catalog reports to clients. */
public final class ListingErrors {

    private ListingErrors() {}

    /** No such listing, or the caller may not know about it. */
    public static class ListingNotFound extends NotFound {
        public ListingNotFound(String id) {
            super("Listing", id);
        }
    }

    /** The listing's status does not allow this step (publishing a draft, editing an archived one…). */
    public static class TransitionNotAllowed extends Conflict {
        public TransitionNotAllowed(String action, ListingStatus status) {
            super("Cannot " + action + " a listing that is " + status);
        }
    }

    /** The edit was based on an older version than the stored one. */
    public static class StaleListingVersion extends ApiException {
        public StaleListingVersion(long expected, long actual) {
            super(ProblemType.STALE_VERSION, "The listing is at version " + actual + " but the edit was based on version "
                    + expected + "; reload it and apply your change again");
        }
    }
}
