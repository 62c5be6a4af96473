package org.transferhub.catalog;

import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.catalog.ListingErrors.ListingNotFound;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.shared.web.Forbidden;
import reactor.core.publisher.Mono;

/**
 * Who may do what with a listing. Providers act only for their own VERIFIED institution; a listing of
 * another institution answers 404 exactly as a missing one, so its existence leaks nothing.
 */
@Component
public class ProviderAccess {

    private final InstitutionDirectory institutions;

    ProviderAccess(InstitutionDirectory institutions) {
        this.institutions = institutions;
    }

    /** The caller, if they are a provider of a verified institution; 403 otherwise. */
    public Mono<CurrentUser> requireVerifiedProvider(CurrentUser user) {
        if (!user.has(Role.PROVIDER) || user.institutionId() == null) {
            return Mono.error(new Forbidden("Only providers of an institution can manage listings"));
        }
        return institutions.isVerified(user.institutionId())
                .defaultIfEmpty(false)
                .flatMap(verified -> verified ? Mono.just(user)
                        : Mono.error(new Forbidden("Your institution must be verified by the Center before it can publish")));
    }

    public Mono<CurrentUser> requireStaff(CurrentUser user) {
        return user.isStaff() ? Mono.just(user) : Mono.error(new Forbidden("Only Center staff can do this"));
    }

    /** The listing if the caller's institution owns it; otherwise 404. */
    public Listing requireOwned(Listing listing, CurrentUser user) {
        if (!listing.isOwnedBy(user.institutionId())) {
            throw new ListingNotFound(listing.id());
        }
        return listing;
    }

    /** Published listings are public; others only for their institution and for staff. */
    public boolean canSee(Listing listing, CurrentUser userOrNull) {
        return listing.isPublished() || canSeeInternals(listing, userOrNull);
    }

    /** Drafts, pending revisions, history and staff comments: the owning institution and staff. */
    public boolean canSeeInternals(Listing listing, CurrentUser userOrNull) {
        return userOrNull != null && (userOrNull.isStaff() || listing.isOwnedBy(userOrNull.institutionId()));
    }
}
