package org.transferhub.catalog;

import static org.transferhub.catalog.ListingStatus.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.transferhub.catalog.ListingErrors.TransitionNotAllowed;
import org.transferhub.catalog.content.ListingContent;
import org.transferhub.catalog.content.Translation;

/**
 * A technology offered by a providing institution: the catalog's aggregate. It guards its own
 * lifecycle (DRAFT → SUBMITTED → PUBLISHED, CHANGES_REQUESTED, ARCHIVED, EXPIRED) and records every
 * step in its history; {@code @Version} makes concurrent changes fail instead of overwriting.
 */
@Document("listings")
@CompoundIndex(name = "published_newest", def = "{'status': 1, 'publishedAt': -1, '_id': -1}")
@CompoundIndex(name = "published_by_disease", def = "{'status': 1, 'content.diseaseAreas': 1, 'publishedAt': -1}")
@CompoundIndex(name = "published_by_country", def = "{'status': 1, 'provider.country': 1, 'publishedAt': -1}")
@CompoundIndex(name = "by_institution", def = "{'provider.institutionId': 1, 'updatedAt': -1}")
@CompoundIndex(name = "expiry", def = "{'status': 1, 'lastRenewedAt': 1}")
public class Listing {

    @Id
    private String id;
    @Indexed(unique = true)
    private String reference;
    @Version
    private Long version;
    private ListingStatus status;
    private ListingContent content;
    private Revision pendingRevision;
    private Provider provider;
    private String staffComment;
    private Instant createdAt;
    @Indexed
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant lastRenewedAt;
    @Indexed(sparse = true)
    private Instant awaitingReviewSince;
    private Instant expiryReminderSentAt;
    private List<Attachment> attachments = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();

    Listing() {}

    static Listing draft(String reference, ListingContent content, Provider provider, Actor actor, Instant now) {
        Listing listing = new Listing();
        listing.reference = reference;
        listing.status = DRAFT;
        listing.content = content;
        listing.provider = provider;
        listing.createdAt = now;
        listing.updatedAt = now;
        listing.record(actor, now, "CREATED", null, content.changedFields(null));
        return listing;
    }

    /** A provider's edit: drafts change in place; a published listing gets a revision for staff review. */
    void edit(ListingContent newContent, Actor actor, Instant now) {
        switch (status) {
            case DRAFT, CHANGES_REQUESTED -> {
                List<String> changed = newContent.changedFields(content);
                content = newContent;
                record(actor, now, "EDITED", null, changed);
            }
            case PUBLISHED -> {
                if (pendingRevision != null && pendingRevision.state() == SUBMITTED) {
                    throw new TransitionNotAllowed("edit (a revision is under review)", status);
                }
                List<String> changed = newContent.changedFields(content);
                pendingRevision = new Revision(newContent, SUBMITTED, now, actor.userId(), null);
                awaitingReviewSince = now;
                record(actor, now, "REVISION_SUBMITTED", null, changed);
            }
            default -> throw new TransitionNotAllowed("edit", status);
        }
    }

    void submit(Actor actor, Instant now) {
        if (status == PUBLISHED && pendingRevision != null && pendingRevision.state() == CHANGES_REQUESTED) {
            pendingRevision = pendingRevision.withState(SUBMITTED, null);
            awaitingReviewSince = now;
            record(actor, now, "REVISION_SUBMITTED", null, List.of());
            return;
        }
        require("submit", DRAFT, CHANGES_REQUESTED);
        awaitingReviewSince = now;
        moveTo(SUBMITTED, actor, now, "SUBMITTED", null);
    }

    void publish(Actor staff, Instant now) {
        if (status == PUBLISHED && pendingRevision != null && pendingRevision.state() == SUBMITTED) {
            List<String> changed = pendingRevision.content().changedFields(content);
            content = pendingRevision.content();
            pendingRevision = null;
            awaitingReviewSince = null;
            record(staff, now, "REVISION_APPROVED", null, changed);
            return;
        }
        require("publish", SUBMITTED);
        awaitingReviewSince = null;
        staffComment = null;
        publishedAt = now;
        lastRenewedAt = now;
        expiryReminderSentAt = null;
        moveTo(PUBLISHED, staff, now, "PUBLISHED", null);
    }

    void requestChanges(Actor staff, String comment, Instant now) {
        if (status == PUBLISHED && pendingRevision != null && pendingRevision.state() == SUBMITTED) {
            pendingRevision = pendingRevision.withState(CHANGES_REQUESTED, comment);
            awaitingReviewSince = null;
            record(staff, now, "REVISION_CHANGES_REQUESTED", comment, List.of());
            return;
        }
        require("request changes to", SUBMITTED);
        awaitingReviewSince = null;
        staffComment = comment;
        moveTo(CHANGES_REQUESTED, staff, now, "CHANGES_REQUESTED", comment);
    }

    void archive(Actor staff, String comment, Instant now) {
        require("archive", PUBLISHED);
        pendingRevision = null;
        awaitingReviewSince = null;
        moveTo(ARCHIVED, staff, now, "ARCHIVED", comment);
    }

    /** Keeps a published listing public for another period; an expired one comes back. */
    void renew(Actor actor, Instant now) {
        require("renew", PUBLISHED, EXPIRED);
        lastRenewedAt = now;
        expiryReminderSentAt = null;
        if (status == EXPIRED) {
            moveTo(PUBLISHED, actor, now, "RENEWED", null);
        } else {
            record(actor, now, "RENEWED", null, List.of());
        }
    }

    /**
     * Staff set a translation they checked against the original: it is marked STAFF_REVIEWED. The
     * original text is never replaced. Allowed on any listing that is not archived or expired.
     */
    void reviewTranslation(String language, Translation translation, Actor staff, Instant now) {
        if (status == ARCHIVED || status == EXPIRED) {
            throw new TransitionNotAllowed("review a translation of", status);
        }
        if (language.equals(content.language())) {
            throw new org.transferhub.shared.web.InvalidRequest("language", "is the original language of the listing");
        }
        java.util.Map<String, Translation> translations = new java.util.LinkedHashMap<>(content.translations());
        translations.put(language, new Translation(translation.title(), translation.summary(), translation.description(),
                translation.keywords(), Translation.Source.STAFF_REVIEWED));
        content = content.withTranslations(translations);
        record(staff, now, "TRANSLATION_REVIEWED", language, List.of("translations"));
    }

    private void require(String action, ListingStatus... allowed) {
        for (ListingStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new TransitionNotAllowed(action, status);
    }

    private void moveTo(ListingStatus target, Actor actor, Instant now, String action, String comment) {
        ListingStatus from = status;
        status = target;
        updatedAt = now;
        history.add(new HistoryEntry(now, actor.userId(), actor.name(), action, from, target, comment, List.of()));
    }

    private void record(Actor actor, Instant now, String action, String comment, List<String> changed) {
        updatedAt = now;
        history.add(new HistoryEntry(now, actor.userId(), actor.name(), action, status, status, comment, changed));
    }

    public boolean isPublished() {
        return status == PUBLISHED;
    }

    public boolean isOwnedBy(String institutionId) {
        return institutionId != null && provider != null && institutionId.equals(provider.institutionId());
    }

    public String id() { return id; }
    public String reference() { return reference; }
    public long version() { return version == null ? 0 : version; }
    public ListingStatus status() { return status; }
    public ListingContent content() { return content; }
    public Revision pendingRevision() { return pendingRevision; }
    public Provider provider() { return provider; }
    public String staffComment() { return staffComment; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant publishedAt() { return publishedAt; }
    public Instant lastRenewedAt() { return lastRenewedAt; }
    public Instant awaitingReviewSince() { return awaitingReviewSince; }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
    public List<HistoryEntry> history() { return List.copyOf(history); }
}
