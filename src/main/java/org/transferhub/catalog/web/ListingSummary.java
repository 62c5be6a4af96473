package org.transferhub.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingStatus;
import org.transferhub.catalog.Provider;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;

/** A listing in a list (catalog page, my listings): enough for a card, no long text, no contact. */
record ListingSummary(String id, String reference, ListingStatus status, String language, String title,
        String summary, List<DiseaseArea> diseaseAreas, TechnologyType technologyType, int trl,
        List<TransferMode> transferModes, Set<String> translations, Provider provider, Instant publishedAt,
        Instant updatedAt, boolean revisionPending) {

    static ListingSummary of(Listing l) {
        var c = l.content();
        return new ListingSummary(l.id(), l.reference(), l.status(), c.language(), c.title(), c.summary(),
                c.diseaseAreas(), c.technologyType(), c.trl(), c.transferModes(), c.translations().keySet(),
                l.provider(), l.publishedAt(), l.updatedAt(), l.pendingRevision() != null);
    }
}
