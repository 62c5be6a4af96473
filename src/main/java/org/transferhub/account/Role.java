package org.transferhub.account;

/** What a user may do. One user may hold several roles (typically PROVIDER and REQUESTER together). */
public enum Role {
    /** Publishes technologies for their institution (which must be VERIFIED to publish). */
    PROVIDER,
    /** Staff of a requesting hospital: searches, posts needs and applies for transfers. */
    REQUESTER,
    /** Center staff: verify institutions, review listings, approve transfers, broker matches. */
    STAFF,
    /** Manages users, roles and enabling; holds every staff permission too. */
    ADMIN;

    /** The Spring Security authority for this role ({@code ROLE_PROVIDER}, …). */
    public String authority() {
        return "ROLE_" + name();
    }
}
