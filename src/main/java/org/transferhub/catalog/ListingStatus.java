package org.transferhub.catalog;

/** Where a listing is in its life. Only PUBLISHED listings are public. */
public enum ListingStatus {
    /** Being written by its provider; visible to the provider's institution and staff only. */
    DRAFT,
    /** Waiting for staff review; the provider cannot edit it meanwhile. */
    SUBMITTED,
    /** Staff asked for changes (with a comment); the provider edits and submits again. */
    CHANGES_REQUESTED,
    /** Public: browsable, searchable, open for transfer requests. Expires unless renewed. */
    PUBLISHED,
    /** Withdrawn by staff; kept with its history, no longer public. */
    ARCHIVED,
    /** Not renewed in time; kept with its history, no longer public; the provider may renew it. */
    EXPIRED
}
