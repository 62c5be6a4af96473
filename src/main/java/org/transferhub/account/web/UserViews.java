package org.transferhub.account.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.transferhub.account.User;
import org.transferhub.institution.InstitutionRegistry;
import reactor.core.publisher.Mono;

/** Adds the institution to a user for the API. */
@Component
class UserViews {

    private final InstitutionRegistry institutions;

    UserViews(InstitutionRegistry institutions) {
        this.institutions = institutions;
    }

    Mono<UserView> of(User user) {
        return institutions.details(user.institutionId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .map(institution -> UserView.of(user, institution.orElse(null)));
    }
}
