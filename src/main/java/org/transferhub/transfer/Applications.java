package org.transferhub.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.transferhub.needs.NeedService;
import org.transferhub.shared.web.ApiException;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.institution.InstitutionSummary;
import org.transferhub.shared.web.InvalidRequest;
import org.transferhub.shared.web.InvalidRequest.FieldError;
import reactor.core.publisher.Mono;

/** Creating applications: who may apply, for what, and the server-side readiness score. */
@Service
public class Applications {

    private final Transfers transfers;
    private final TransferService service;
    private final CatalogReader catalog;
    private final InstitutionDirectory institutions;
    private final NeedService needs;

    // @Lazy: the catalog and institution features are built in parallel; resolving them on first use
    // lets this feature start (and its tests run with fakes) before their implementations are merged.
    Applications(Transfers transfers, TransferService service, @Lazy CatalogReader catalog,
            @Lazy InstitutionDirectory institutions, @Lazy NeedService needs) {
        this.transfers = transfers;
        this.service = service;
        this.catalog = catalog;
        this.institutions = institutions;
        this.needs = needs;
    }

    public Mono<Transfer> apply(CurrentUser user, ApplyCommand command) {
        if (!user.has(Role.REQUESTER) || user.institutionId() == null) {
            return Mono.error(new NotAllowedOnTransfer("Only requesters of an institution may apply"));
        }
        return institutions.find(user.institutionId())
                .filter(InstitutionSummary::isVerified)
                .switchIfEmpty(Mono.error(() -> new NotAllowedOnTransfer(
                        "Your institution must be verified by the Center before it can apply")))
                .flatMap(institution -> ownNeed(user, command.needId()).thenReturn(institution))
                .flatMap(institution -> catalog.find(command.listingId())
                        .filter(IndexableListing::isPublished)
                        .switchIfEmpty(Mono.error(() -> new InvalidRequest("listingId", "no published listing with this id")))
                        .flatMap(listing -> transfers.insert(newTransfer(user, institution, listing, command))))
                .flatMap(t -> service.notifyNew(t).thenReturn(t));
    }

    /** An application may be made for one of the applying institution's own needs, or for none. */
    private Mono<Void> ownNeed(CurrentUser user, String needId) {
        if (needId == null || needId.isBlank()) {
            return Mono.empty();
        }
        return needs.visible(user, needId)
                .filter(need -> user.institutionId().equals(need.institutionId()))
                .onErrorResume(ApiException.class, e -> Mono.empty())
                .switchIfEmpty(Mono.error(() -> new InvalidRequest("needId", "must be one of your institution's needs")))
                .then();
    }

    private Transfer newTransfer(CurrentUser user, InstitutionSummary institution, IndexableListing listing,
            ApplyCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (user.institutionId().equals(listing.providerInstitutionId())) {
            errors.add(new FieldError("listingId", "is your own institution's listing"));
        }
        List<String> modes = listing.transferModes() == null ? List.of() : listing.transferModes();
        if (!modes.contains(command.preferredMode())) {
            errors.add(new FieldError("preferredMode", "must be one of " + modes));
        }
        // the catalog may list the same item twice (equipment and infrastructure): answer each text once
        List<String> requirements = listing.requirements() == null ? List.of()
                : listing.requirements().stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<Readiness.Answer> answers = readiness(requirements, command.readiness(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Instant now = service.now();
        Transfer.Application application = new Transfer.Application(command.intendedUse(), answers,
                Readiness.score(answers), Readiness.gaps(answers), command.patientsPerYear(),
                command.professionalsToTrain(), command.preferredMode(), command.timeline());
        IndexableListing.Text text = listing.original();
        Transfer.ListingSnapshot snapshot = new Transfer.ListingSnapshot(listing.reference(),
                text == null ? null : text.title(), listing.providerName(), listing.providerCountry(),
                listing.diseaseAreas(), listing.technologyType());
        HistoryEntry applied = new HistoryEntry(now, user.userId(), user.displayName(), ActorKind.REQUESTER, null,
                null, TransferStatus.SUBMITTED, "applied");
        return new Transfer(null, listing.id(), snapshot, user.institutionId(), institution.country(),
                listing.providerInstitutionId(), command.needId(), application, TransferStatus.SUBMITTED,
                Transfer.openKey(listing.id(), user.institutionId()), null, null, null, null, null, null, null,
                Map.of(), List.of(applied), user.userId(), now, now, null, null, null,
                service.properties().deadline(TransferStatus.SUBMITTED, now), null, null);
    }

    /** Every listing requirement must be answered exactly once, and nothing else. */
    private static List<Readiness.Answer> readiness(List<String> requirements, List<Readiness.Answer> given,
            List<FieldError> errors) {
        Map<String, Readiness.Answer> byRequirement = new HashMap<>();
        for (Readiness.Answer answer : given) {
            if (!requirements.contains(answer.requirement())) {
                errors.add(new FieldError("readiness", "\"" + answer.requirement() + "\" is not a requirement of this listing"));
            } else if (byRequirement.put(answer.requirement(), answer) != null) {
                errors.add(new FieldError("readiness", "\"" + answer.requirement() + "\" is answered twice"));
            }
        }
        List<String> unanswered = requirements.stream().filter(r -> !byRequirement.containsKey(r)).toList();
        if (!unanswered.isEmpty()) {
            errors.add(new FieldError("readiness", "unanswered requirements: " + unanswered));
        }
        return requirements.stream().map(byRequirement::get).filter(java.util.Objects::nonNull).toList();
    }
}
