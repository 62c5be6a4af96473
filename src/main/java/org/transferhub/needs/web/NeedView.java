package org.transferhub.needs.web;

import java.time.Instant;
import org.transferhub.account.CurrentUser;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedAccess;
import org.transferhub.needs.NeedCodes.Outcome;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.needs.NeedContent;
import org.transferhub.needs.NeedStatus;

/** A need as one viewer may see it: anonymous needs hide the institution from providers. */
record NeedView(String id, long version, String institutionId, boolean own, NeedStatus status, Visibility visibility,
        NeedContent content, Outcome outcome, String outcomeNote, String matchedListingId, Instant createdAt,
        Instant updatedAt, Instant openedAt, Instant expiresAt) {

    static NeedView of(Need need, CurrentUser viewer) {
        boolean own = NeedAccess.isOwner(viewer, need);
        NeedContent content = need.content();
        if (!own && !viewer.isStaff()) {
            // Budget and internal notes of other hospitals are for staff brokering only.
            content = new NeedContent(content.title(), content.problemStatement(), content.language(),
                    content.diseaseAreas(), content.technologyTypes(), content.country(),
                    need.visibility() == Visibility.ANONYMOUS ? null : content.region(), content.careSetting(),
                    content.patientsPerYear(), content.site(), null, content.transferModes(), content.minimumTrl(),
                    content.staffLanguages(), content.timeline());
        }
        return new NeedView(need.id(), need.version() == null ? 0 : need.version(),
                NeedAccess.seesInstitution(viewer, need) ? need.institutionId() : null, own, need.status(),
                need.visibility(), content, own || viewer.isStaff() ? need.outcome() : null,
                own || viewer.isStaff() ? need.outcomeNote() : null, need.matchedListingId(), need.createdAt(),
                need.updatedAt(), need.openedAt(), need.expiresAt());
    }
}
