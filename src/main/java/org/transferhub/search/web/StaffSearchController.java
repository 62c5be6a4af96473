package org.transferhub.search.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.CurrentUsers;
import org.transferhub.account.Role;
import org.transferhub.search.index.IndexSynchronizer;
import org.transferhub.shared.web.Forbidden;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Staff operations on the index: a full rebuild from MongoDB (in the background) and its progress. */
@RestController
class StaffSearchController {

    private final IndexSynchronizer synchronizer;
    private final CurrentUsers users;

    StaffSearchController(IndexSynchronizer synchronizer, CurrentUsers users) {
        this.synchronizer = synchronizer;
        this.users = users;
    }

    /** Starts a rebuild unless one is running; answers at once with the status to poll. */
    @PostMapping("/api/staff/search/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<IndexSynchronizer.RebuildStatus> rebuild() {
        return staff().flatMap(user -> {
            synchronizer.rebuild().subscribe();
            return status(user);
        });
    }

    @GetMapping("/api/staff/search/status")
    Mono<IndexSynchronizer.RebuildStatus> status() {
        return staff().flatMap(this::status);
    }

    private Mono<IndexSynchronizer.RebuildStatus> status(CurrentUser user) {
        return Mono.fromCallable(synchronizer::status).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<CurrentUser> staff() {
        return users.required().flatMap(user -> user.has(Role.STAFF) ? Mono.just(user)
                : Mono.error(new Forbidden("Only Center staff can manage the search index")));
    }
}
