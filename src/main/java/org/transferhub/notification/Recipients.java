package org.transferhub.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import reactor.core.publisher.Flux;

/** Who gets email: enabled users with an address, by audience (as {@link Notifications} reads them) or by frequency. */
@Component
class Recipients {

    private final ReactiveMongoTemplate mongo;

    Recipients(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The users who see this notification in-app, except its actor, who chose this frequency. */
    Flux<User> of(Notification n, EmailFrequency frequency) {
        Criteria audience = n.userId() != null ? where("_id").is(n.userId())
                : n.institutionId() == null ? where("roles").in(Role.STAFF, Role.ADMIN)
                : where("institutionId").is(n.institutionId()).and("roles").is(n.role());
        return mongo.find(query(new Criteria().andOperator(audience, reachable(frequency))), User.class)
                .filter(user -> !user.id().equals(n.actorUserId()));
    }

    Flux<User> withFrequency(EmailFrequency frequency) {
        return mongo.find(query(reachable(frequency)), User.class);
    }

    /** Accounts from before the setting have none stored and get the default. */
    private static Criteria reachable(EmailFrequency frequency) {
        Criteria chosen = frequency == EmailFrequency.DEFAULT
                ? new Criteria().orOperator(where("emailFrequency").is(frequency), where("emailFrequency").exists(false))
                : where("emailFrequency").is(frequency);
        return new Criteria().andOperator(where("enabled").is(true), where("email").nin(List.of("")).ne(null), chosen);
    }
}
