package org.transferhub.needs;

import java.time.Clock;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.needs.NeedCodes.Outcome;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.needs.NeedErrors.CannotPostNeeds;
import org.transferhub.needs.NeedErrors.NeedNotFound;
import org.transferhub.needs.NeedErrors.NotOwner;
import org.transferhub.needs.NeedErrors.StaleNeedVersion;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Posting, editing and moving needs through their lifecycle, with their history. */
@Service
public class NeedService {

    private static final Logger log = LoggerFactory.getLogger(NeedService.class);

    private final Needs needs;
    private final NeedHistory history;
    private final InstitutionDirectory institutions;
    private final ObjectProvider<NeedChangeListener> listeners;
    private final ObjectProvider<NeedTextAnalysis> analysis;
    private final NeedProperties properties;
    private final CatalogReader catalog;
    private final Clock clock;

    NeedService(Needs needs, NeedHistory history, InstitutionDirectory institutions,
            ObjectProvider<NeedChangeListener> listeners, ObjectProvider<NeedTextAnalysis> analysis, NeedProperties properties,
            @Lazy CatalogReader catalog, Optional<Clock> clock) {
        this.needs = needs;
        this.history = history;
        this.institutions = institutions;
        this.listeners = listeners;
        this.analysis = analysis;
        this.properties = properties;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Mono<Need> create(CurrentUser user, NeedContent content, Visibility visibility) {
        return requireRequesterOfVerified(user)
                .then(Mono.defer(() -> analysed(Need.draft(new ObjectId().toHexString(), user.institutionId(),
                        user.userId(), content, visibility, clock.instant()))))
                .flatMap(needs::insert)
                .flatMap(saved -> record(saved, "CREATED", user));
    }

    /** A need the caller may see, or 404. */
    public Mono<Need> visible(CurrentUser user, String id) {
        return needs.findById(id).filter(need -> NeedAccess.canSee(user, need))
                .switchIfEmpty(Mono.error(() -> new NeedNotFound(id)));
    }

    public Mono<Need> edit(CurrentUser user, String id, long expectedVersion, NeedContent content, Visibility visibility) {
        return owned(user, id).flatMap(need -> {
            if (need.version() == null || need.version() != expectedVersion) {
                return Mono.error(new StaleNeedVersion(id));
            }
            need.edit(content, visibility, clock.instant());
            return analysed(need).flatMap(indexed -> save(indexed, "EDITED", user));
        });
    }

    public Mono<Need> open(CurrentUser user, String id) {
        return owned(user, id).flatMap(need -> requireRequesterOfVerified(user).then(Mono.defer(() -> {
            need.open(clock.instant(), properties.openPeriod());
            return save(need, "OPENED", user);
        })));
    }

    public Mono<Need> close(CurrentUser user, String id, Outcome outcome, String note) {
        return owned(user, id).flatMap(need -> {
            need.close(outcome, note, clock.instant());
            return save(need, "CLOSED", user);
        });
    }

    /** The requester found what the need asked for in a published listing; the need leaves matching. */
    public Mono<Need> markMatched(CurrentUser user, String id, String listingId) {
        return owned(user, id).flatMap(need -> catalog.find(listingId)
                .filter(IndexableListing::isPublished)
                .switchIfEmpty(Mono.error(() -> new InvalidRequest("listingId", "must be a published listing")))
                .flatMap(listing -> {
                    need.markMatched(listing.id(), clock.instant());
                    return save(need, "MATCHED", user);
                }));
    }

    /** Only drafts are deleted; a need that was public is closed instead, so its history stays. */
    public Mono<Void> delete(CurrentUser user, String id) {
        return owned(user, id).flatMap(need -> {
            if (!need.isDraft()) {
                return Mono.error(new NeedErrors.NeedInWrongState(id, need.status(), "deleted (close it instead)"));
            }
            return needs.delete(need);
        });
    }

    public Flux<Need> mine(CurrentUser user) {
        return user.institutionId() == null ? Flux.empty() : needs.findByInstitutionIdOrderByUpdatedAtDesc(user.institutionId());
    }

    public Flux<NeedRevision> history(CurrentUser user, String id) {
        return visible(user, id).filter(need -> NeedAccess.isOwner(user, need) || user.isStaff())
                .switchIfEmpty(Mono.error(() -> new NotOwner()))
                .flatMapMany(need -> history.findByNeedIdOrderByAtAsc(id));
    }

    /** Saves a transition decided by the system (the expiry job); the @Version guard makes it safe. */
    Mono<Need> saveSystemChange(Need need, String event) {
        return save(need, event, null);
    }

    /** The need with the concepts and words the board finds it by, from its current text. */
    Mono<Need> analysed(Need need) {
        NeedTextAnalysis text = analysis.getIfAvailable();
        if (text == null) {
            return Mono.just(need);
        }
        String matchText = need.content().matchText();
        String language = need.content().language();
        return text.concepts(matchText, language).doOnNext(need::indexConcepts)
                .then(text.words(matchText, language)).doOnNext(need::indexWords)
                .thenReturn(need);
    }

    private Mono<Need> owned(CurrentUser user, String id) {
        return visible(user, id).flatMap(need -> NeedAccess.isOwner(user, need) && user.has(Role.REQUESTER)
                ? Mono.just(need) : Mono.error(new NotOwner()));
    }

    private Mono<Void> requireRequesterOfVerified(CurrentUser user) {
        if (!user.has(Role.REQUESTER) || user.institutionId() == null) {
            return Mono.error(new CannotPostNeeds("Only requesters of a hospital may post needs"));
        }
        return institutions.isVerified(user.institutionId()).flatMap(verified -> verified ? Mono.<Void>empty()
                : Mono.error(new CannotPostNeeds("Your institution must be verified by the Center to post needs")));
    }

    private Mono<Need> save(Need need, String event, CurrentUser user) {
        return needs.save(need).flatMap(saved -> record(saved, event, user));
    }

    private Mono<Need> record(Need saved, String event, CurrentUser user) {
        return history.insert(NeedRevision.of(saved, event, user == null ? null : user.userId()))
                .then(tellListeners(saved)).thenReturn(saved);
    }

    private Mono<Void> tellListeners(Need need) {
        if (need.isDraft()) {
            return Mono.empty();
        }
        return Flux.fromStream(listeners.orderedStream())
                .concatMap(listener -> listener.needChanged(need).onErrorResume(e -> {
                    log.warn("Need listener {} failed for need {}", listener.getClass().getSimpleName(), need.id(), e);
                    return Mono.empty();
                }))
                .then();
    }
}
