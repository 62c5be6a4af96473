package org.transferhub.needs;

/** Where a need stands. Transitions are guarded by {@link Need}. */
public enum NeedStatus {
    /** Being written by its institution; invisible to everyone else, never matched. */
    DRAFT,
    /** Published to the board (per its visibility) and matched against listings. */
    OPEN,
    /** The requester found a listing for it (through the portal); kept for the record, no longer matched. */
    MATCHED,
    /** Closed by the requester with an outcome. */
    CLOSED,
    /** Stayed open for the configured period without being closed; the owner may open it again. */
    EXPIRED;

    public boolean isActive() {
        return this == OPEN;
    }
}
