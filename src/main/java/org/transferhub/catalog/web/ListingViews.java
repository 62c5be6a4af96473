package org.transferhub.catalog.web;

import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.CatalogProperties;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ProviderAccess;

/** Builds the view of a listing that fits the caller (contact, internals). */
@Component
class ListingViews {

    private final ProviderAccess access;
    private final CatalogProperties properties;

    ListingViews(ProviderAccess access, CatalogProperties properties) {
        this.access = access;
        this.properties = properties;
    }

    ListingView view(Listing listing, CurrentUser userOrNull) {
        return ListingView.of(listing, userOrNull != null, access.canSeeInternals(listing, userOrNull),
                properties.publicationPeriod());
    }
}
