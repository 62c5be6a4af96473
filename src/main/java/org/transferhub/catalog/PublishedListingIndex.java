package org.transferhub.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A derived index that can page through the published listings faster than the database can, at
 * catalog sizes where the embedded database would read every listing for each page. It answers with
 * ids only: the listings themselves always come from MongoDB. Implemented by the search feature.
 */
public interface PublishedListingIndex {

    /**
     * One page of the published listings matching the filter, newest first (ties by id, descending),
     * and how many match in all; empty when the index cannot answer right now (rebuilding, or a filter
     * it does not model exactly), and the caller asks the database instead. Blocking.
     */
    Optional<IdPage> page(ListingFilter filter, int page, int size);

    /** Every matching published listing's id in the same order (for exports); empty as above. Blocking. */
    Optional<List<String>> allIds(ListingFilter filter);

    record IdPage(List<String> ids, long total) {}
}
