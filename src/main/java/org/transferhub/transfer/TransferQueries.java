package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import reactor.core.publisher.Flux;

/** The lists: a requester's applications, a provider's inbox and the staff queue. */
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
        return list(user, where("requesterInstitutionId").is(user.institutionId()), statuses, order, page, size);
    }

    public Flux<TransferService.Visible> inbox(CurrentUser user, Set<TransferStatus> statuses, Order order, int page, int size) {
        if (!user.has(Role.PROVIDER) || user.institutionId() == null) {
            return Flux.error(new NotAllowedOnTransfer("Only providers of an institution have an inbox"));
        }
        return list(user, where("providerInstitutionId").is(user.institutionId()), statuses, order, page, size);
    }

    /** The staff queue: open applications by default, soonest deadline first when asked. */
    public Flux<TransferService.Visible> queue(CurrentUser user, Set<TransferStatus> statuses, Order order, int page, int size) {
        if (!user.isStaff()) {
            return Flux.error(new NotAllowedOnTransfer("Only Center staff see the review queue"));
        }
        Set<TransferStatus> shown = statuses.isEmpty() ? TransferStatus.open() : statuses;
        return list(user, new Criteria(), shown, order, page, size);
    }

    /** Every transfer, for staff exports. */
    public Flux<Transfer> all(CurrentUser user) {
        if (!user.isStaff()) {
            return Flux.error(new NotAllowedOnTransfer("Only Center staff export transfers"));
        }
        return transfers.all();
    }

    private Flux<TransferService.Visible> list(CurrentUser user, Criteria criteria, Set<TransferStatus> statuses,
            Order order, int page, int size) {
        if (!statuses.isEmpty()) {
            criteria = criteria.and("status").in(statuses);
        }
        Sort sort = order == Order.DEADLINE
                ? Sort.by(Sort.Order.asc("deadlineAt"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));
        return transfers.find(criteria, sort, page, size)
                .map(t -> new TransferService.Visible(t, ActorKind.of(user, t)));
    }

    java.time.Instant now() {
        return service.now();
    }
}
