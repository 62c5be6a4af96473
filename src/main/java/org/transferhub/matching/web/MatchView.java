package org.transferhub.matching.web;

import java.util.List;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.MatchDesk;
import org.transferhub.matching.MatchItem;
import org.transferhub.matching.StoredMatch;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedAccess;

/**
 * One ranked match with its explanation. From the need's side it carries the listing; from the
 * listing's side the need (its institution hidden unless public). {@code dismissal} is the reader's
 * own side's dismissal, if any.
 */
record MatchView(String needId, String listingId, int score, boolean curated, String curatedNote,
        List<MatchItem> reasons, List<MatchItem> gaps, StoredMatch.Dismissal dismissal, ListingBrief listing,
        NeedBrief need) {

    record ListingBrief(String id, String reference, String title, String language, String providerName,
            String providerCountry, String technologyType, int trl) {}

    record NeedBrief(String id, String title, String country, String careSetting, List<String> diseaseAreas,
            String institutionId, String visibility) {}

    static MatchView forNeed(MatchDesk.Entry entry) {
        StoredMatch m = entry.match();
        IndexableListing l = entry.listing();
        return new MatchView(m.needId(), m.listingId(), m.score(), m.isCurated(),
                m.isCurated() ? m.curation().note() : null, m.reasons(), m.gaps(), m.needDismissal(),
                new ListingBrief(l.id(), l.reference(), l.original() == null ? null : l.original().title(), l.language(),
                        l.providerName(), l.providerCountry(), l.technologyType(), l.trl()),
                null);
    }

    static MatchView forListing(MatchDesk.Entry entry, CurrentUser viewer) {
        StoredMatch m = entry.match();
        Need n = entry.need();
        return new MatchView(m.needId(), m.listingId(), m.score(), m.isCurated(),
                m.isCurated() ? m.curation().note() : null, m.reasons(), m.gaps(), m.listingDismissal(), null,
                new NeedBrief(n.id(), n.content().title(), n.content().country(), n.content().careSetting(),
                        n.content().diseaseAreas(), NeedAccess.seesInstitution(viewer, n) ? n.institutionId() : null,
                        n.visibility().name()));
    }
}
