package org.transferhub.institution;

/** Where an institution stands with the Center's staff. */
public enum VerificationStatus {
    /** Registered, not yet checked: its users may search but not publish or apply. */
    PENDING,
    /** Checked by staff: its providers may publish and its requesters may apply. */
    VERIFIED,
    /** Staff declined it, with a reason; its users may still search. */
    REJECTED
}
