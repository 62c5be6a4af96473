package org.transferhub.catalog;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.ListingErrors.ListingNotFound;
import org.transferhub.catalog.ListingErrors.StaleListingVersion;
import org.transferhub.catalog.content.ContentValidator;
import org.transferhub.catalog.content.ListingContent;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.shared.web.Forbidden;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The catalog's use cases. Each loads the aggregate, checks who is asking, lets the listing apply the
 * step (it refuses wrong transitions with 409) and saves it under its {@code @Version}, so a
 * concurrent change makes exactly one caller win. Changes to what is public are pushed to the
 * listeners before the caller gets the answer.
 */
@Service
public class ListingService {

    private final Listings listings;
    private final ProviderAccess access;
    private final ContentValidator validator;
    private final ReferenceGenerator references;
    private final InstitutionDirectory institutions;
    private final ListingChangeNotifier notifier;
    private final Reminders reminders;
    private final org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

    ListingService(Listings listings, ProviderAccess access, ContentValidator validator,
            ReferenceGenerator references, InstitutionDirectory institutions, ListingChangeNotifier notifier,
            Reminders reminders, org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo) {
        this.reminders = reminders;
        this.mongo = mongo;
        this.listings = listings;
        this.access = access;
        this.validator = validator;
        this.references = references;
        this.institutions = institutions;
        this.notifier = notifier;
    }

    public Mono<Listing> create(CurrentUser user, ListingContent content) {
        ListingContent valid = validator.requireValid(content).asProvided();
        return access.requireVerifiedProvider(user)
                .flatMap(provider -> institutions.find(provider.institutionId()))
                .switchIfEmpty(Mono.error(() -> new Forbidden("Your institution is not registered")))
                .zipWith(references.next())
                .map(t -> Listing.draft(t.getT2(), valid,
                        new Provider(t.getT1().id(), t.getT1().name(), t.getT1().nameLatin(), t.getT1().country()),
                        Actor.of(user), Now.instant()))
                .flatMap(listings::save);
    }

    public Mono<Listing> edit(CurrentUser user, String id, long basedOnVersion, ListingContent content) {
        ListingContent valid = validator.requireValid(content);
        return ownedBy(user, id)
                .doOnNext(listing -> {
                    if (listing.version() != basedOnVersion) {
                        throw new StaleListingVersion(basedOnVersion, listing.version());
                    }
                    ListingContent current = listing.pendingRevision() != null ? listing.pendingRevision().content() : listing.content();
                    listing.edit(valid.asProvidedKeepingReviewsOf(current), Actor.of(user), Now.instant());
                })
                .flatMap(listings::save);
    }

    public Mono<Listing> submit(CurrentUser user, String id) {
        return ownedBy(user, id).flatMap(l -> apply(l, user, (listing, actor) -> listing.submit(actor, Now.instant())));
    }

    public Mono<Listing> renew(CurrentUser user, String id) {
        return ownedBy(user, id).flatMap(l -> apply(l, user, (listing, actor) -> listing.renew(actor, Now.instant())));
    }

    public Mono<Listing> publish(CurrentUser staff, String id) {
        return asStaff(staff, id).flatMap(l -> apply(l, staff, (listing, actor) -> listing.publish(actor, Now.instant())));
    }

    public Mono<Listing> requestChanges(CurrentUser staff, String id, String comment) {
        return asStaff(staff, id).flatMap(l -> apply(l, staff,
                (listing, actor) -> listing.requestChanges(actor, comment, Now.instant())));
    }

    public Mono<Listing> archive(CurrentUser staff, String id, String comment) {
        return asStaff(staff, id).flatMap(l -> apply(l, staff,
                (listing, actor) -> listing.archive(actor, comment, Now.instant())));
    }

    /** Staff store a translation they reviewed; it becomes public at once when the listing is published. */
    public Mono<Listing> reviewTranslation(CurrentUser staff, String id, String language,
            org.transferhub.catalog.content.Translation translation) {
        return asStaff(staff, id).map(listing -> {
            listing.reviewTranslation(language, translation, Actor.of(staff), Now.instant());
            validator.requireValid(listing.content());
            return listing;
        }).flatMap(listing -> listings.save(listing))
                .flatMap(saved -> saved.isPublished()
                        ? notifier.changed(List.of(saved.id())).thenReturn(saved) : Mono.just(saved));
    }

    /** The listing as this caller may see it; 404 when it is not public and not theirs. */
    public Mono<Listing> visible(CurrentUser userOrNull, String id) {
        return listings.findById(id)
                .filter(listing -> access.canSee(listing, userOrNull))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(id)));
    }

    /** Drafts, revisions and history: only for the owning institution and staff. */
    public Mono<Listing> withInternals(CurrentUser user, String id) {
        return listings.findById(id)
                .filter(listing -> access.canSeeInternals(listing, user))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(id)));
    }

    public Flux<Listing> ofMyInstitution(CurrentUser user) {
        if (user.institutionId() == null) {
            return Flux.empty();
        }
        return listings.findByProviderInstitutionId(user.institutionId(), Sort.by(Sort.Direction.DESC, "updatedAt"));
    }

    /** Expiry reminders for the caller's institution, newest first. */
    public Flux<ListingReminder> remindersOf(CurrentUser user) {
        return user.institutionId() == null ? Flux.empty()
                : reminders.findTop50ByInstitutionIdOrderByCreatedAtDesc(user.institutionId());
    }

    /** Listings and revisions waiting for staff, oldest first. */
    public Flux<Listing> reviewQueue(CurrentUser staff) {
        return access.requireStaff(staff).flatMapMany(s ->
                listings.findByAwaitingReviewSinceNotNull(Sort.by("awaitingReviewSince", "id")));
    }

    /** The owner's listing for a change; other institutions' listings are 404 like missing ones. */
    public Mono<Listing> ownedBy(CurrentUser user, String id) {
        return access.requireVerifiedProvider(user)
                .flatMap(provider -> listings.findById(id))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(id)))
                .map(listing -> access.requireOwned(listing, user));
    }

    /**
     * Records an uploaded file on the listing. A targeted $push rather than a versioned save: adding a
     * file must not make the provider's open edit form stale.
     */
    public Mono<Void> addAttachment(String listingId, Attachment attachment, Actor actor) {
        Instant now = Now.instant();
        return mongo.updateFirst(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(listingId)),
                        new org.springframework.data.mongodb.core.query.Update()
                                .push("attachments", mongo.getConverter().convertToMongoType(attachment))
                                .push("history", mongo.getConverter().convertToMongoType(historyOf(actor, now,
                                        "ATTACHMENT_ADDED", attachment.fileName())))
                                .set("updatedAt", now),
                        Listing.class)
                .then();
    }

    /** Removes a file from the listing; false when the listing has no such file. */
    public Mono<Boolean> removeAttachment(String listingId, String attachmentId, Actor actor) {
        Instant now = Now.instant();
        return mongo.updateFirst(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(listingId)
                                        .and("attachments.fileId").is(attachmentId)),
                        new org.springframework.data.mongodb.core.query.Update()
                                .pull("attachments", new org.bson.Document("fileId", attachmentId))
                                .push("history", mongo.getConverter().convertToMongoType(historyOf(actor, now,
                                        "ATTACHMENT_REMOVED", attachmentId)))
                                .set("updatedAt", now),
                        Listing.class)
                .map(result -> result.getModifiedCount() == 1);
    }

    private static HistoryEntry historyOf(Actor actor, Instant now, String action, String comment) {
        return new HistoryEntry(now, actor.userId(), actor.name(), action, null, null, comment, List.of("attachments"));
    }

    private Mono<Listing> asStaff(CurrentUser staff, String id) {
        return access.requireStaff(staff)
                .flatMap(s -> listings.findById(id))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(id)));
    }

    /** Applies a step, saves it, and tells the listeners when the public catalog changed. */
    private Mono<Listing> apply(Listing listing, CurrentUser user, BiConsumer<Listing, Actor> step) {
        boolean wasPublic = listing.isPublished();
        Object publicContent = listing.content();
        step.accept(listing, Actor.of(user));
        boolean publicChanged = wasPublic != listing.isPublished() || publicContent != listing.content();
        return listings.save(listing).flatMap(saved -> publicChanged
                ? notifier.changed(List.of(saved.id())).thenReturn(saved)
                : Mono.just(saved));
    }
}
