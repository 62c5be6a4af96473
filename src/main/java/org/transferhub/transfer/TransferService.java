package org.transferhub.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.notification.Notifier;
import org.transferhub.notification.Notifier.Audience;
import reactor.core.publisher.Mono;

/** Runs the state machine: checks who may do what from which state, then writes one guarded update. */
@Service
public class TransferService {

    private final Transfers transfers;
    private final TransferProperties properties;
    private final Notifier notifier;
    private final Clock clock;

    TransferService(Transfers transfers, TransferProperties properties, Notifier notifier, Optional<Clock> clock) {
        this.transfers = transfers;
        this.properties = properties;
        this.notifier = notifier;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Instant now() {
        return clock.instant();
    }

    /** The service's clock, so that views judge "overdue" by the same time as the deadlines. */
    public Instant clockNow() {
        return clock.instant();
    }

    /** The application with the caller's relation to it; 404 when the caller is no party to it. */
    public Mono<Visible> visible(CurrentUser user, String id) {
        return transfers.find(id)
                .switchIfEmpty(Mono.error(() -> new TransferNotFound(id)))
                .flatMap(t -> {
                    Set<ActorKind> kinds = ActorKind.of(user, t);
                    return kinds.isEmpty() ? Mono.error(new TransferNotFound(id)) : Mono.just(new Visible(t, kinds));
                });
    }

    /** An application as one user sees it: the kinds they act as, and the actions open to them now. */
    public record Visible(Transfer transfer, Set<ActorKind> kinds) {

        public List<TransferAction> allowedActions() {
            return java.util.Arrays.stream(TransferAction.values())
                    .filter(a -> a.allowedFrom(transfer.status()) && a.actingAs(kinds, transfer).isPresent())
                    .toList();
        }
    }

    /**
     * Performs {@code action} for {@code user}: 404 if no party, 403 if not an allowed actor, 409 if
     * the status does not allow it or someone else changed the application first. {@code changes}
     * adds the action's own fields to the same atomic write.
     */
    Mono<Transfer> perform(CurrentUser user, String id, TransferAction action, String comment,
            Function<Transfer, Update> changes) {
        return visible(user, id).flatMap(v -> {
            Transfer current = v.transfer();
            ActorKind as = action.actingAs(v.kinds(), current).orElse(null);
            if (as == null) {
                return Mono.error(new NotAllowedOnTransfer("You may not " + action + " this application"));
            }
            if (!action.allowedFrom(current.status())) {
                return Mono.error(TransferStateConflict.wrongState(action, current.status()));
            }
            Instant now = now();
            HistoryEntry entry = new HistoryEntry(now, user.userId(), user.displayName(), as, action,
                    current.status(), action.to(), comment);
            Update update = changes.apply(current);
            return transfers.transition(current, entry, properties.deadline(action.to(), now), update)
                    .flatMap(updated -> notifyParties(updated, entry).thenReturn(updated));
        });
    }

    private Mono<Void> notifyParties(Transfer t, HistoryEntry entry) {
        List<Audience> audiences = List.of(
                new Audience(t.requesterInstitutionId(), Role.REQUESTER),
                new Audience(t.providerInstitutionId(), Role.PROVIDER),
                Audience.staff());
        String title = t.snapshot() == null ? t.listingId() : t.snapshot().title();
        return notifier.notify(new Notifier.NotificationRequest(audiences, entry.userId(),
                "transfer." + entry.to(), "Application for \"" + title + "\" is now " + entry.to(),
                "/transfers/" + t.id()));
    }

    Mono<Void> notifyNew(Transfer t) {
        return notifyParties(t, t.history().getFirst());
    }

    TransferProperties properties() {
        return properties;
    }
}
