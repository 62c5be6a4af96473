package org.transferhub.goals;

import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.shared.web.Forbidden;
import org.transferhub.transfer.TransferRecords;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The goal figures, computed from all transfers on each request. */
@Service
public class Goals {

    private final TransferRecords transfers;
    private final GoalProperties properties;

    Goals(TransferRecords transfers, GoalProperties properties) {
        this.transfers = transfers;
        this.properties = properties;
    }

    public Mono<Dashboard> dashboard(CurrentUser user) {
        if (!user.isStaff()) {
            return Mono.error(new Forbidden("Only Center staff see the dashboard"));
        }
        return compute();
    }

    /** The headline figures anyone may see. */
    public Mono<Impact> impact() {
        return compute().map(d -> new Impact(d.technologies().value(), d.technologies().target(),
                d.professionals().value(), d.professionals().target(), d.breakdowns().receivingCountry().size(),
                d.windowStart(), d.windowEnd()));
    }

    public record Impact(long technologiesShared, long technologiesTarget, long professionalsTrained,
            long professionalsTarget, int countriesReached, java.time.LocalDate windowStart,
            java.time.LocalDate windowEnd) {}

    private Mono<Dashboard> compute() {
        return transfers.facts().collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(facts -> GoalFigures.compute(facts, properties, transfers.now()));
    }
}
