package org.transferhub.catalog.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.transferhub.catalog.Attachment;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingStatus;
import org.transferhub.catalog.Provider;
import org.transferhub.catalog.Revision;
import org.transferhub.catalog.content.ListingContent;

/**
 * One listing as the API returns it: the content fields at the top level (original language), plus
 * state. {@code contact} is null for anonymous readers; {@code staffComment} and
 * {@code pendingRevision} only reach the owning institution and staff.
 */
record ListingView(String id, String reference, ListingStatus status, long version,
        @JsonUnwrapped ListingContent content,
        Provider provider, List<AttachmentView> attachments,
        Instant createdAt, Instant updatedAt, Instant publishedAt, Instant expiresAt,
        String staffComment, RevisionView pendingRevision) {

    record AttachmentView(String id, String fileName, String contentType, long size, Instant uploadedAt, String url) {}

    record RevisionView(ListingStatus state, Instant submittedAt, String staffComment, ListingContent content) {}

    static ListingView of(Listing listing, boolean signedIn, boolean internals, Period publicationPeriod) {
        ListingContent content = signedIn ? listing.content() : listing.content().withoutContact();
        Revision revision = internals ? listing.pendingRevision() : null;
        Instant expiresAt = listing.lastRenewedAt() == null ? null
                : listing.lastRenewedAt().atZone(java.time.ZoneOffset.UTC).plus(publicationPeriod).toInstant();
        return new ListingView(listing.id(), listing.reference(), listing.status(), listing.version(), content,
                listing.provider(), listing.attachments().stream().map(a -> attachment(listing, a)).toList(),
                listing.createdAt(), listing.updatedAt(), listing.publishedAt(), expiresAt,
                internals ? listing.staffComment() : null,
                revision == null ? null : new RevisionView(revision.state(), revision.submittedAt(),
                        revision.staffComment(), revision.content()));
    }

    private static AttachmentView attachment(Listing listing, Attachment a) {
        return new AttachmentView(a.fileId(), a.fileName(), a.contentType(), a.size(), a.uploadedAt(),
                "/api/listings/" + listing.id() + "/attachments/" + a.fileId());
    }
}
