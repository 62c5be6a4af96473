package org.transferhub.transfer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import reactor.core.publisher.Flux;

/**
 * The lists: a requester's applications, a provider's inbox and the staff queue. Each page is chosen
 * from the in-memory copy of the transfers ({@link TransferMirror}) and read by id.
 */
@Service
public class TransferQueries {

    private final Transfers transfers;
    private final TransferService service;

    TransferQueries(Transfers transfers, TransferService service) {
        this.transfers = transfers;
        this.service = service;
    }

    public enum Order { NEWEST, DEADLINE }

    public Flux<TransferService.Visible> mine(CurrentUser user, Set<TransferStatus> statuses, Order order, int page, int size) {
        if (!user.has(Role.REQUESTER) || user.institutionId() == null) {
            return Flux.error(new NotAllowedOnTransfer("Only requesters of an institution have applications"));
        }
        String institution = user.institutionId();
        return list(user, new TransferMirror.Selection.RequestedBy(institution),
                f -> institution.equals(f.requesterInstitutionId()), statuses, order, page, size);
    }

    public Flux<TransferService.Visible> inbox(CurrentUser user, Set<TransferStatus> statuses, Order order, int page, int size) {
        if (!user.has(Role.PROVIDER) || user.institutionId() == null) {
            return Flux.error(new NotAllowedOnTransfer("Only providers of an institution have an inbox"));
        }
        String institution = user.institutionId();
        return list(user, new TransferMirror.Selection.ProvidedBy(institution),
                f -> institution.equals(f.providerInstitutionId()), statuses, order, page, size);
    }

    /** The staff queue: open applications by default, soonest deadline first when asked. */
    public Flux<TransferService.Visible> queue(CurrentUser user, Set<TransferStatus> statuses, Order order, int page, int size) {
        if (!user.isStaff()) {
            return Flux.error(new NotAllowedOnTransfer("Only Center staff see the review queue"));
        }
        Set<TransferStatus> shown = statuses.isEmpty() ? TransferStatus.open() : statuses;
        return list(user, new TransferMirror.Selection.InStatus(shown), f -> true, shown, order, page, size);
    }

    /** Every transfer, for staff exports. */
    public Flux<Transfer> all(CurrentUser user) {
        if (!user.isStaff()) {
            return Flux.error(new NotAllowedOnTransfer("Only Center staff export transfers"));
        }
        return transfers.all();
    }

    /** Orders as MongoDB would sort: a missing date is the lowest value; ties by id. */
    private Flux<TransferService.Visible> list(CurrentUser user, TransferMirror.Selection selection,
            Predicate<TransferFact> whose, Set<TransferStatus> statuses, Order order, int page, int size) {
        Predicate<TransferFact> filter = statuses.isEmpty() ? whose : whose.and(f -> statuses.contains(f.status()));
        Comparator<TransferFact> sort = order == Order.DEADLINE
                ? Comparator.comparing(TransferFact::deadlineAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(TransferFact::id)
                : Comparator.comparing(TransferFact::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed().thenComparing(TransferFact::id, Comparator.reverseOrder());
        return transfers.find(selection, filter, sort, page, size)
                .map(t -> new TransferService.Visible(t, ActorKind.of(user, t)));
    }
}
